import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";

/**
 * The speaker rules of docs/analysis.md, "Measured 2026-12-04 (eleventh session)": one made-up
 * text per rule, names, outlets and organisations invented.
 */
const direct = (raw: string) => analyzeArticle(raw).quotes.filter((q) => q.kind === "direct");
const speakerOf = (raw: string, words: string) => direct(raw).find((q) => q.text.includes(words))?.speaker;

describe("an unnamed group after an introductory phrase without a comma", () => {
  it("does not let the speaker of an earlier quote go on", () => {
    const raw = `Tom Hale admires the Dover mayor as a "strong leader," he said. Hale avoids condemning the port closure. At the convention in Dover his aides forced a change in the platform, stripping out a call for "more patrol boats" and calling for "a softer line on the harbour." Hale has dismissed the report.`;
    expect(speakerOf(raw, "a softer line")).toBeNull();
  });

  it("still lets the speaker go on when a named person opens the sentence", () => {
    const raw = `Tom Hale admires the Dover mayor as a "strong leader," he said. At the convention in Dover he called for "a softer line on the harbour."`;
    expect(speakerOf(raw, "a softer line")).toBe("Tom Hale");
  });
});

describe("a subject with one aside", () => {
  it("is the subject when the second comma-part is the predicate", () => {
    const raw = `Tom Hale and Ana Ruiz clashed again on Monday.\n\nCarl Mendes, the former governor, also attacked businessman Tom Hale, with whom he clashed at the debate, calling him a "loser."`;
    expect(speakerOf(raw, "loser")).toBe("Carl Mendes");
  });
});

describe("a preposition is no lower-case title", () => {
  it("does not read 'without Hale' as a titled subject", () => {
    const raw = `Tom Hale and Ana Ruiz clashed again on Monday.\n\nDr. Paul Dorn pondered who, without Hale, might "testify for our innocence in this season of witch hunts."`;
    expect(speakerOf(raw, "testify for our innocence")).toBe("Paul Dorn");
  });
});

describe('"with" a name before a participle', () => {
  it("gives the quote to the participle's subject", () => {
    const raw = `Tom Hale and Ana Ruiz clashed again on Monday. Carl Mendes runs the port campaign.\n\nEven after videos surfaced, the port campaign has denied it happened, with Mendes taking to the radio to call Ruiz "totally delusional" for the accusation.`;
    expect(speakerOf(raw, "totally delusional")).toBe("Carl Mendes");
  });
});

describe("an unnamed speaker after the quote", () => {
  it('reads "one senior official said" as nobody named', () => {
    const raw = `Mayor Tom Hale has played down any new role for the harbour police.\n\n"This is not a combat mission," one senior harbour official said, speaking on the condition of anonymity.`;
    expect(speakerOf(raw, "not a combat mission")).toBeNull();
  });
});

describe("an apposition before a participle", () => {
  it("is not the participle's subject, nor is a noun after a number a verb", () => {
    const raw = `The Dover Harbour Trust faced criticism from Tom Hale.\n\nLate last month, the trust wrote a long letter to the college president, Ana Ruiz, calling the two reports "inaccurate and deliberately misleading."`;
    expect(speakerOf(raw, "deliberately misleading")).not.toBe("Ana Ruiz");
  });

  it("still names a person in a relative clause dated by a year", () => {
    const raw = `Tom Hale visited the port in 2012.\n\nAna Ruiz has had a frosty relationship with Hale, now the harbour board's leader, who in 2010 said the party's most important goal was to make Ruiz a "one-term mayor."`;
    expect(speakerOf(raw, "one-term mayor")).toBe("Tom Hale");
  });
});

describe("a participle after a quote", () => {
  it("does not make its object the speaker", () => {
    const raw = `Tom Hale has delivered an impassioned defense of “Dover values,” saying the city embodied the “bravery, heart and soul of the coast.”`;
    expect(speakerOf(raw, "bravery, heart")).toBe("Tom Hale");
  });
});

describe("a title owned by a country or a body", () => {
  it("keeps the person after it as the subject", () => {
    const raw = `Ferry deal hailed.\n\nNorway’s Prime Minister Ana Ruiz heralded the ferry deal with Dover as a “breakthrough.” The deal returns two boats to service.`;
    expect(speakerOf(raw, "breakthrough")).toBe("Ana Ruiz");
  });
});

describe("a full name described by an apposition", () => {
  it("is the subject even when its first name is unknown", () => {
    const raw = `Ferry deal hailed.\n\nZorvan Pelletieri, the harbour commissioner for the coast (HCC), reacted skeptically to the deal, “[I am] concerned about any agreement that sends every boat back.”`;
    expect(speakerOf(raw, "concerned about any agreement")).toBe("Zorvan Pelletieri");
  });
});

describe("two quotes joined by 'and' before their attribution", () => {
  it("gives the first the speaker named after the second", () => {
    const raw = `Ferries are “the harbour's lifeline” and “a public good,” Tom Hale, the former harbour master, said.`;
    expect(speakerOf(raw, "lifeline")).toBe("Tom Hale");
    expect(speakerOf(raw, "a public good")).toBe("Tom Hale");
  });
});

describe("a conjunction before the subject", () => {
  it("still finds the subject after 'while' and 'when'", () => {
    const raw = `Tom Hale and Ana Ruiz spoke. Carl Mendes, the former harbour master, was there.\n\nCarl Jindal on Monday signed an order, while Carl Mendes, the former harbour master, proposed we "wake up and smell the coffee" and said more.\n\nThat wording is a change from 2008, when President Tom Hale ordered that the board work with "major party" candidates.`;
    expect(speakerOf(raw, "wake up and smell")).toBe("Carl Mendes");
    expect(speakerOf(raw, "major party")).toBe("Tom Hale");
  });

  it("leaves a quote after a clause opened by 'if' to nobody", () => {
    const raw = `If Ruiz could not go on, she would have to cede. If she did, party rules give the chair authority to call a “special meeting” to vote.`;
    expect(speakerOf(raw, "special meeting")).toBeUndefined();
  });
});

describe("names that are no subject", () => {
  it("reads a name after 'whose <noun>,' as the noun's, and a state after its town as a place", () => {
    const raw = `Ana Ruiz spoke in Dover on Friday. "We will win," Ruiz said.\n\nAt a campaign event in Ames, Iowa, on Sunday, Ms. Ruiz tried to expand on her earlier statement, saying that the city should play a role and "be rallying our partners and allies, pulling boats off the sidelines."\n\nTom Hale, whose hometown, Dover, is projected to be largely underwater, argues that government efforts will "destroy our economy."`;
    expect(speakerOf(raw, "be rallying our partners")).toBe("Ana Ruiz");
    expect(speakerOf(raw, "destroy our economy")).toBe("Tom Hale");
  });
});

describe('"said a …" after a quote', () => {
  it("is nobody named, and the next quote goes on with nobody", () => {
    const raw = `Tom Hale and Ana Ruiz lead the race.\n\n“Hale will be defeated in this process, but I do not think he will collapse in a week,” said a Dover Republican, who, like all respondents, responded anonymously. “Congrats to Ruiz, but now everyone will go after her.”`;
    expect(speakerOf(raw, "defeated in this process")).toBeNull();
    expect(speakerOf(raw, "Congrats to Ruiz")).toBeNull();
  });
});
