import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";

/** Direct and scare quotes as [text, speaker, kind]; made-up sentences, one rule each. */
const quotes = (raw: string) =>
  analyzeArticle(raw)
    .quotes.filter((q) => q.kind !== "indirect")
    .map((q) => [q.text, q.speaker, q.kind]);
const last = (raw: string) => quotes(raw).at(-1);

describe("quotation marks", () => {
  it("reads two apostrophes as a double mark, as some archives print them", () => {
    const raw = `Mayor Ana Ruiz spoke on Monday.\n\n''We will rebuild,'' she said. ''It won't be quick.''`;
    expect(quotes(raw)).toEqual([
      ["We will rebuild", "Ana Ruiz", "direct"],
      ["It won't be quick.", "Ana Ruiz", "direct"],
    ]);
  });

  it("closes a curly quote with a straight mark when a text mixes them", () => {
    const raw = `“Deals like this should not happen," Sen. Tom Reid said, adding that they were handed out "like sweets."`;
    expect(quotes(raw)).toEqual([
      ["Deals like this should not happen", "Tom Reid", "direct"],
      ["like sweets.", "Tom Reid", "direct"],
    ]);
  });

  it("keeps a straight quote inside a curly one as part of it", () => {
    expect(quotes(`“He told me "no" and left,” said Ana Ruiz.`)).toEqual([
      [`He told me "no" and left`, "Ana Ruiz", "direct"],
    ]);
  });

  it("takes no nickname between the parts of a name for a quote", () => {
    expect(quotes(`Rep. Robert C. "Bobby" Hale opened his garden on Monday. "Come in," Hale said.`)).toEqual([
      ["Come in", "Hale", "direct"],
    ]);
  });

  it("takes the title of a show or a book for nobody's words", () => {
    const raw = `Sen. Ann Ruiz spoke on CBS’s "Face the Nation" on Sunday. In her book, "Roads Not Taken," she says little about it.`;
    expect(quotes(raw)).toEqual([
      ["Face the Nation", null, "scare"],
      ["Roads Not Taken", null, "scare"],
    ]);
  });
});

describe("speakers after the quote", () => {
  it.each([
    [`“Promise me you’ll stay,” Mary Blige sings to the crowd.`, "Mary Blige"],
    [`“That was a fine debate,” said TV host Chris Mason.`, "Chris Mason"],
    [`“That was a fine debate,” said CNN host Chris Mason.`, "Chris Mason"],
    [`“Subpoenas are not optional,” panel Chairman Rep. Jason Hale (R-Utah) said.`, "Jason Hale"],
    [
      `“It is an invasion,” Scott Ruiz, the attorney general of Oklahoma, one of the states suing, said on Monday.`,
      "Scott Ruiz",
    ],
    [`“The veto does not hold,” said 9/11 widow Terry Strand.`, "Terry Strand"],
    [`“It will never be normal again,” said the Rev. Peter Ward, of Mayfield Church.`, "Peter Ward"],
    [`“We expected more,” Joseph R. Biden Jr. said.`, "Joseph R. Biden"],
    [`Larry King hosts the show. “They pay us a lot of money,” Mr. King said.`, "Larry King"],
  ])("%s", (raw, speaker) => {
    expect(last(raw)?.[1]).toBe(speaker);
  });

  it("a name that signs a quote after a dash", () => {
    const raw = `Readers wrote in.\n\n“He does not speak for me.” ― Ana Ruiz\n\n“We deserve better than this. Much better.” ― Tom Reid`;
    expect(quotes(raw).map((q) => q[1])).toEqual(["Ana Ruiz", "Tom Reid"]);
  });

  it("a quote that ends its sentence leaves the next sentence's speaker alone", () => {
    // The quote is the words of its own clause's subject (a country speaks through its government), never Russia's.
    const raw = `Japan branded the launch "an outlaw act." Russia insisted that the talks go on.`;
    expect(last(raw)?.[1]).toBe("Japan");
  });
});

describe("speakers before the quote", () => {
  it.each([
    [`Tom Ellis studied the plan. Said Ellis: “I don’t see any reform in it.”`, "Tom Ellis"],
    [
      `Donald Trump spoke in Ohio. At a rally, Trump likened the refugees to a “vicious snake” in a song.`,
      "Donald Trump",
    ],
    [
      `Gov. Earl Tomblin spoke. In January, Gov. Earl Tomblin of West Virginia lauded the plan for "new and innovative ideas."`,
      "Earl Tomblin",
    ],
    [
      `Laurence Tribe wrote a brief. Another critic, Laurence Tribe, likened the rules to "burning the Constitution."`,
      "Laurence Tribe",
    ],
    [`Donald Trump spoke. He’s claiming that fraud is “a big, big problem in this country.”`, "Donald Trump"],
    [
      `Sen. Ann Ruiz (Vt.), who lost the primary to Clinton, named exhaustion as one reason to vote. "The younger people are more open than ever."`,
      "Ann Ruiz",
    ],
  ])("%s", (raw, speaker) => {
    expect(last(raw)?.[1]).toBe(speaker);
  });

  it.each([
    [`Donald Trump spoke. Trump supporters chanted "lock her up" all night.`],
    [`Donald Trump spoke. Trump's so-called "plan" is vague.`],
    [`Critics have called the lanes a "boondoggle," but they work.`],
  ])("no person's words in %s", (raw) => {
    expect(last(raw)).toEqual([expect.any(String), null, "scare"]);
  });

  it("skips “tell” after “would”: the verb of speech is the one before", () => {
    const raw = `President Ann Ruiz, opening the National Museum of Maritime History on Saturday, said it would tell a story of ''loss and delight.''`;
    expect(last(raw)?.[1]).toBe("Ann Ruiz");
  });
});

describe("he and she", () => {
  it("prefer the subject of the sentence before to a person it mentions", () => {
    const raw = `Ben Bryant said he would still back Tom Wexler because Wexler is the nominee.\n\n“I’m a team player,” he said.`;
    expect(last(raw)?.[1]).toBe("Ben Bryant");
  });

  it("skip the second of two objects of a preposition", () => {
    const raw = `Don Fowler spoke to loyalists of Joe Biden and Bernie Sanders. That is why, he argued, the party should prepare.\n\n“This is a different time,” he said.`;
    expect(last(raw)?.[1]).toBe("Don Fowler");
  });

  it("tell apart two people with one surname by their first names", () => {
    const raw = `Keith Scott was shot on Tuesday; his lawyers spoke later. Rakeyia Scott filmed it on her phone and kept her calm.\n\n“Don't shoot him,” she says.`;
    expect(last(raw)?.[1]).toBe("Rakeyia Scott");
  });

  it("give a surname alone to the person the article names in full most often", () => {
    const raw = `Sen. Ted Cruz spoke first. His father, Rafael Cruz, spoke later. Ted Cruz then left.\n\n“The day it was broken was the day it became personal,” Cruz said.`;
    expect(last(raw)?.[1]).toBe("Ted Cruz");
  });
});

describe("headlines", () => {
  it("take a headline “Name: summary” without marks for the outlet's words, not a quote", () => {
    const raw = `Pat Cadell: Democrat Voters Worried About Her Health\n\nIn an interview, Pat Cadell said voters were worried.`;
    expect(quotes(raw)).toEqual([]);
  });

  it("give the quotes inside a labelled headline to the person the label names", () => {
    const raw = `Ryan: Such Images Have ‘No Place in a Campaign’\n\nHouse Speaker Paul Ryan spoke on the radio on Tuesday.`;
    expect(quotes(raw)).toEqual([["No Place in a Campaign", "Paul Ryan", "direct"]]);
  });
});

describe("more subjects", () => {
  it.each([
    [
      `Donald Trump spoke. The spot ends with footage of Trump saying, “That makes me smart,” as Clinton spoke.`,
      "Donald Trump",
    ],
    [
      `Newt Gingrich spoke in July. Later, Gingrich cynically dismissed Estonia as being in the “suburbs of St. Petersburg” last year.`,
      "Newt Gingrich",
    ],
    [
      `Speaking at a town hall in Salem, New Hampshire, Donald Trump went after Bush, calling him “a total stiff.”`,
      "Donald Trump",
    ],
  ])("%s", (raw, speaker) => {
    expect(last(raw)?.[1]).toBe(speaker);
  });
});

describe("a relative clause's speaker", () => {
  it("is the person the clause is about, not a name inside the quoted sentence", () => {
    const raw = `Mayor Ana Ruiz has clashed with Tom Reid, now the council leader, who in 2019 said the aim was to make Ruiz "a one-term mayor."`;
    expect(last(raw)).toEqual(["a one-term mayor.", "Tom Reid", "direct"]);
  });

  it("is nobody named when the name belongs to a phrase with “for” or “of”", () => {
    const raw = `A spokesman for Ana Ruiz, who declined to give his name, said the plan was "a disaster for everyone."`;
    expect(last(raw)).toEqual(["a disaster for everyone.", null, "direct"]);
  });
});

describe("a title and a surname two people share", () => {
  it("goes to the one the title fits", () => {
    const raw = `Senator Tom Reid spoke in Fairhaven on Monday. His wife, Ana Reid, sat in the front row. "We will win this county," Mr. Reid said. Later Mrs. Reid said the campaign was "in good shape."`;
    expect(quotes(raw)).toEqual([
      ["We will win this county", "Tom Reid", "direct"],
      ["in good shape.", "Ana Reid", "direct"],
    ]);
  });
});

describe("a pronoun after people named by first name only", () => {
  it("skips the one whose first name says another gender", () => {
    const raw = `Kevin dozed on the couch in Dayton.\n\nMelanie watched the rally on the television. “Here comes the big one,” he said.`;
    expect(last(raw)).toEqual(["Here comes the big one", "Kevin", "direct"]);
  });
});
