import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";

/**
 * The speaker rules of the fifth session (docs/analysis.md, "Measured 2026-12-04"): one made-up
 * text per rule, names and outlets invented.
 */
const speakers = (raw: string) =>
  analyzeArticle(raw)
    .quotes.filter((q) => q.kind === "direct")
    .map((q) => q.speaker);
const lastSpeaker = (raw: string) => speakers(raw).at(-1);

describe("the speaker after the quote", () => {
  it("reads an inverted attribution that closes the sentence after the reported clause", () => {
    const raw = `"It is a long shot" that the bridge reopens this year, said Ana Ruiz, a lobbyist for the hauliers.`;
    expect(lastSpeaker(raw)).toBe("Ana Ruiz");
  });

  it("does not take the subject of a reported clause after the verb for the speaker", () => {
    const raw = `Tom Reid spoke first. "We tried," he said, and said Ana Ruiz was wrong.`;
    expect(lastSpeaker(raw)).toBe("Tom Reid");
  });

  it("reads a speaker set off by more than two asides", () => {
    const raw = `"The whole field worries me," Paul Dorn, 41, of Elmford, Del., who took part in the survey, said on Monday.`;
    expect(lastSpeaker(raw)).toBe("Paul Dorn");
  });

  it("reads a name in apposition to a description before the verb", () => {
    const raw = `"The audit is finished," the council's chief spokesman, Mark Vella, told reporters.`;
    expect(lastSpeaker(raw)).toBe("Mark Vella");
  });

  it("reads a title with 'the' before the name", () => {
    const raw = `"Wages are rising," the economist Lena Vos, a former adviser to the mayor, wrote on her blog.`;
    expect(lastSpeaker(raw)).toBe("Lena Vos");
  });

  it("takes a quote handed over with a comma after '!' as attributed, with an affiliation first", () => {
    const raw = `"Onward, friends!," Ruritania's Green League leader Ona Brandt wrote on Facebook.`;
    expect(lastSpeaker(raw)).toBe("Ona Brandt");
  });

  it("still leaves a finished quote alone when a new sentence reports someone else", () => {
    const raw = `Mayor Ana Ruiz said the pier was "unsafe." Council member Tom Reid said Monday he, too, wants it closed.`;
    expect(lastSpeaker(raw)).toBe("Ana Ruiz");
  });

  it("skips a mark left over from a quote inside the quote", () => {
    const raw = `''I would call it 'back to basics,''' said Carl Mendes, a former envoy.`;
    expect(lastSpeaker(raw)).toBe("Carl Mendes");
  });

  it("reads a signature with initials", () => {
    const raw = `Readers wrote in.\n\n“We deserve better than this.” ― Ana B. Ruiz.\n\n“Not again.” ― Tom K. Reid`;
    expect(speakers(raw)).toEqual(["Ana B. Ruiz", "Tom K. Reid"]);
  });

  it("gives a quote to the outlet that reports it", () => {
    const raw = `The new poll shows a tie. This is “a dead heat, again,” reported Dispatchwire.`;
    expect(lastSpeaker(raw)).toBe("Dispatchwire");
  });

  it("reads a person an outlet owns: initials and a possessive before the name", () => {
    const raw = `Turnout will decide it, noted KRTV’s Dario Fenn.\n\n“Nobody knows who will vote,” he wrote.`;
    expect(lastSpeaker(raw)).toBe("Dario Fenn");
  });
});

describe("the speaker before the quote", () => {
  it("gives a digest line's quote to the name after the dash", () => {
    const raw = `Polls agree. TURNOUT WAS THE STORY - Ona Brandt: “Turnout decided it.” [Dispatchwire.]`;
    expect(lastSpeaker(raw)).toBe("Ona Brandt");
  });

  it("reads 'Stated Reid:' like 'Said Reid:'", () => {
    const raw = `Tom Reid spoke to the radio station on Friday.\n\nStated Reid:\n\n“We will fight this in court.”`;
    expect(lastSpeaker(raw)).toBe("Tom Reid");
  });

  it("gives a short quote to an organisation that is its clause's subject, with 'the'", () => {
    const raw = `The Harbour Council met on Friday. After the meeting, the Harbour Council issued a statement calling the spill “a breach of trust.”`;
    expect(lastSpeaker(raw)).toBe("Harbour Council");
  });

  it("does not read a day after 'on' as part of an organisation's name", () => {
    const raw = `The Harbour Council on Friday voted to condemn what it called "a danger to every boat."`;
    expect(lastSpeaker(raw)).toBe("Harbour Council");
  });

  it("reads the subject of a clause after an earlier quote in the sentence", () => {
    const raw = `Ana Ruiz wrote about it later. After saying she felt “too sore to stand,” she was “rushed away” to the clinic.`;
    expect(speakers(raw)).toEqual(["Ana Ruiz", "Ana Ruiz"]);
  });
});

describe("he and she", () => {
  it("reads the name after 'with' as the subject of a participle", () => {
    const raw =
      "The plan would cost more than it saves, said Tom Reid.\n\n" +
      "It has become an issue, with Ana Ruiz — who wants a levy on landlords — attacking the plan.\n\n" +
      "“It would tax the wrong people,” she said.";
    expect(lastSpeaker(raw)).toBe("Ana Ruiz");
  });

  it("reads a surname that opens a sentence before a verb of saying as a person", () => {
    const raw =
      "“The campaign is slipping,” said Lena Vosk, who chairs the county caucus.\n\n" +
      "Vosch believes the campaign took the county for granted and must now win back Ana Ruiz's voters.\n\n" +
      "“They thought it would do itself,” she said.";
    expect(lastSpeaker(raw)).toBe("Vosch");
  });

  it("does not take a name that qualifies a noun for a mention of the person", () => {
    const raw =
      "Vosch said the Ana Ruiz campaign had been too slow.\n\n" + "“They thought it would do itself,” she said.";
    expect(lastSpeaker(raw)).toBe("Vosch");
  });

  it("reads a name after a description at the start of the sentence as its subject", () => {
    const raw =
      "Senior economist Dana Okafor, who studies rents at a think tank, said Ana Ruiz's plan was vague.\n\n" +
      "“The numbers do not add up,” she said.";
    expect(lastSpeaker(raw)).toBe("Dana Okafor");
  });

  it("takes 'he said' for the man the sentence before introduced by his role", () => {
    const raw =
      "Tom Reid had a band of musicians behind him, which is something that worries Carl Mendes, president of the county's music guild.\n\n" +
      "“Nobody plays for the other side,” he said.";
    expect(lastSpeaker(raw)).toBe("Carl Mendes");
  });

  it("does not take a name followed by a relative clause for a newcomer", () => {
    const raw =
      "“We rowed through every storm,” Tom Reid said, not needing to name the captain who said it first, Carl Mendes, who died in May.\n\n" +
      "“This hall is ours too,” he said.";
    expect(lastSpeaker(raw)).toBe("Tom Reid");
  });
});
