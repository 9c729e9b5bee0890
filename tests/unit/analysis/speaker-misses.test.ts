import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";

/**
 * The speaker rules of docs/analysis.md, "Measured 2026-12-04 (ninth session)": one made-up text
 * per rule, names and outlets invented.
 */
const quotes = (raw: string) => analyzeArticle(raw).quotes;
const direct = (raw: string) => quotes(raw).filter((q) => q.kind === "direct");
const speakerOf = (raw: string, words: string) => direct(raw).find((q) => q.text.includes(words))?.speaker;

describe("an unnamed group as the subject of the verb before a short quote", () => {
  it("gives a short quote after a possessive plural subject to nobody named", () => {
    const raw = `Avoiding the levy "makes me clever," Tom Reid said on Friday. His allies called him "a mastermind" for it.`;
    const q = direct(raw).find((x) => x.text === "a mastermind");
    expect(q?.speaker).toBeNull();
    expect(speakerOf(raw, "makes me clever")).toBe("Tom Reid");
  });

  it("does so after a share of a poll, and not for the person the share talks about", () => {
    const raw = `Ana Ruiz leads the race. She has "a plan that works," she said.\n\nOnly 40 percent of voters trust her. However, 58 percent said Ruiz was "justified" in waiting.`;
    const q = direct(raw).find((x) => x.text === "justified");
    expect(q?.speaker).toBeNull();
  });

  it("still gives the quote to a name in apposition to the subject", () => {
    const raw = `The board says the plan will save money. Its member for the arts, Ana Ruiz, described it as "the hardest call I have made".`;
    expect(speakerOf(raw, "hardest call")).toBe("Ana Ruiz");
  });

  it("keeps a later echo of those words theirs, a direct quote with no speaker", () => {
    const raw = `Avoiding the levy "makes me clever," Tom Reid said on Friday. His allies called him "a mastermind" for it.\n\nWhoever wins will have the chance to be a real "mastermind" if the levy is fixed.`;
    const echo = quotes(raw).filter((x) => x.text === "mastermind");
    expect(echo).toHaveLength(1);
    expect(echo[0]!.kind).toBe("direct");
    expect(echo[0]!.speaker).toBeNull();
  });
});

describe("a relative clause after a list of names", () => {
  it("gives the quote to the name right before 'who'", () => {
    const raw = `Guests included Ana Ruiz, Tom Hale, Carl Mendes and Lena Vos, who joked of the hall, "I have not seen it yet, but I will."`;
    expect(speakerOf(raw, "not seen it yet")).toBe("Lena Vos");
  });

  it("still looks past an aside to the name it describes", () => {
    const raw = `Tom Hale, now the board's chair, who in 2019 said the plan was "a folly that will never pay," voted for it.`;
    expect(speakerOf(raw, "folly")).toBe("Tom Hale");
  });
});

describe("the continuation of a quote given by a description with a possessor", () => {
  it("keeps the speaker when the only name between the parts is a possessor", () => {
    const raw = `Carl Mendes on Wednesday called on Ann Lee to apologize to Tom Hale for her remarks.\n\n“My reaction, that was absurd,” Hale's former campaign strategist said in an interview with KRTV’s Dana Fenn. “She, like Tom Hale, has refused to apologize. She should.”`;
    expect(speakerOf(raw, "My reaction")).toBe("Carl Mendes");
    expect(speakerOf(raw, "refused to apologize")).toBe("Carl Mendes");
  });

  it("still lets a name that speaks between the parts take the second one", () => {
    const raw = `Carl Mendes on Wednesday called on Ann Lee to apologize.\n\n“My reaction, that was absurd,” Mendes said. Lee said in a reply: “I will not apologize. Not now.”`;
    expect(speakerOf(raw, "I will not")).toBe("Ann Lee");
  });
});

describe("a quote set off by dashes after a name in a list", () => {
  it("gives the quote to the name right before the dash", () => {
    const raw = `Many in the party have said the same, including the former governor Ana Ruiz -- "It is disqualifying for a nominee to hide his returns" -- and Tom Hale, a former tax official.`;
    expect(speakerOf(raw, "disqualifying")).toBe("Ana Ruiz");
  });

  it("needs the closing dash", () => {
    const raw = `The team was led by Ana Ruiz -- "a very long season for all of us in the end."`;
    expect(speakerOf(raw, "long season")).not.toBe("Ana Ruiz");
  });
});

describe("a known person asking a quoted question", () => {
  it("gives the question to the person the footage shows", () => {
    const raw = `Ana Ruiz is behind in the polls.\n\nA new ad from Tom Hale uses footage of Ana Ruiz asking, “Why am I not ahead by twenty points?” The ad then cuts to a crowd.`;
    expect(speakerOf(raw, "twenty points")).toBe("Ana Ruiz");
  });
});

describe("an organisation's possessive before a person's name", () => {
  it("gives the quote to the person, not to the organisation", () => {
    const raw = `Economists met in Ames.\n\n“Growth is what matters,” Northern Policy Forum’s Douglas Brandt said at the event. “The rest follows.”`;
    expect(speakerOf(raw, "Growth is what")).toBe("Douglas Brandt");
    expect(speakerOf(raw, "rest follows")).toBe("Douglas Brandt");
  });
});

describe("a person led to speak or think", () => {
  it("gives the quote to the person, not to the speaker of an earlier quote in the paragraph", () => {
    const raw = `Tom Hale praised the plan on Monday, calling it “a bridge to the north.” Carl Mendes kept silent. All this has led the Danish journalist Ana Ruiz to fear a “Hale-Mendes Pact.”`;
    expect(speakerOf(raw, "bridge to the north")).toBe("Tom Hale");
    expect(speakerOf(raw, "Hale-Mendes Pact")).toBe("Ana Ruiz");
  });
});
