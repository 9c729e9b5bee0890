import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";
import { opensWithUnnamedGroup } from "@/lib/analysis/unnamed-subject";

/**
 * The speaker rules of docs/analysis.md, "Measured 2026-12-04: cross-paragraph speakers": one
 * made-up text per rule, names and outlets invented.
 */
const direct = (raw: string) => analyzeArticle(raw).quotes.filter((q) => q.kind === "direct");
const speakerOf = (raw: string, words: string) => direct(raw).find((q) => q.text.includes(words))?.speaker;

describe("an unnamed group as the subject of the quote's clause", () => {
  it("gives the quote to nobody named when a plural noun phrase is the subject", () => {
    const raw = `Tom Reid runs the mill.\n\nIn May, several river groups granted Mr. Reid more time, saying his "filters were not ready yet."`;
    expect(speakerOf(raw, "filters")).toBeNull();
  });

  it("does so after a possessive subject with an aside", () => {
    const raw = `Ana Ruiz was hurt in the crash.\n\nRuiz's relatives, including her sister, met the police on Monday and said they left with "more doubts than before."`;
    const q = direct(raw).find((x) => x.text.includes("more doubts"));
    expect(q?.kind).toBe("direct");
    expect(q?.speaker).toBeNull();
  });

  it("recognises the shapes of such subjects, and not a singular or a name", () => {
    expect(opensWithUnnamedGroup("His aides called the plan ")).toBe(true);
    expect(opensWithUnnamedGroup("63 percent said the mayor was ")).toBe(true);
    expect(opensWithUnnamedGroup("In June, the protesters chanted ")).toBe(true);
    expect(opensWithUnnamedGroup("His campaign manager called it ")).toBe(false);
    expect(opensWithUnnamedGroup("Tom Reid called it ")).toBe(false);
    expect(opensWithUnnamedGroup("The first time she saw it, she called it ")).toBe(false);
  });

  it("still gives the quote to the attribution that closes the sentence", () => {
    const raw = `Tom Hale backs the fund.\n\nHis endorsements will carry "a great deal of weight with donors" and bring candidates the "local firepower" they need, league spokesman Carl Mendes said.`;
    expect(speakerOf(raw, "great deal")).toBe("Carl Mendes");
    expect(speakerOf(raw, "firepower")).toBe("Carl Mendes");
  });

  it("still gives the quote to a named subject of a later verb", () => {
    const raw = `His aides said Tom Reid told them "the vote is lost for good."`;
    expect(speakerOf(raw, "vote is lost")).toBe("Tom Reid");
  });
});

describe("a quoted passage told in the third person", () => {
  it("lets 'she said' after it refer to the woman the passage names", () => {
    const raw = [
      "The Courier profiled a voter. Its reporter wrote:",
      `"Marta thought the whole inquiry was unfair. She was tired, sure. Angry, certainly. But not in the wrong, and not in need of a lawyer, and not the person the papers described at all.`,
      `“It never crossed my mind that anyone would believe it,” she said a month later.`,
    ].join("\n\n");
    expect(speakerOf(raw, "never crossed")).toBe("Marta");
  });

  it("does not read a quoted speech in the first person that way", () => {
    const raw = [
      "Carla Dunn chairs the board.",
      `"I told Marta that the whole inquiry was unfair. She was tired, sure. Angry, certainly. But not in the wrong, and not in need of a lawyer, and not the person the papers described.`,
      `“We will appeal,” she said.`,
    ].join("\n\n");
    expect(speakerOf(raw, "We will appeal")).toBe("Carla Dunn");
  });

  it("does not read an attributed quote that way", () => {
    const raw = [
      "Nick Alder studies the budget.",
      `"Ministers promised Gina Holt a rise last year and then forgot the promise entirely, as they forget most promises made in a spring when money seems easy," said Nick Alder, a fellow at the Budget Forum.`,
      `"There are plenty of things that could be done," he said.`,
    ].join("\n\n");
    expect(speakerOf(raw, "plenty of things")).toBe("Nick Alder");
  });
});

describe("affiliations and possessives are no subjects for 'he said'", () => {
  it("takes the spokesman after an affiliation, not the name that qualifies his title", () => {
    const raw = [
      "Dana Holt proposed the levy last week.",
      "Holt campaign spokesman Carl Mendes told the Courier that Holt's plan would cover renters. However, he could not say why the leaflet was mentioned by Dana Holt in an interview.",
      `"We don't have the final text yet," he said.`,
    ].join("\n\n");
    expect(speakerOf(raw, "final text")).toBe("Carl Mendes");
  });
});

describe("roles named next to a person", () => {
  it("does not take a role in the rest of the clause for a description of the person", () => {
    const raw = [
      "President Ana Ruiz opened the forum on Tuesday.",
      "During the forum, Tom Hale had a question for the president.",
      `"Why did the plant close?" he asked.`,
      `"The truth is that it was never viable," the president said.`,
    ].join("\n\n");
    expect(speakerOf(raw, "never viable")).toBe("Ana Ruiz");
  });

  it("does not take a place before 'the mayor said' for the mayor", () => {
    const raw = [
      'A blast damaged a shop on Friday, which Mayor Tom Bell called "a deliberate act."',
      "At a briefing in Chelsea, the mayor also said it was too early to tell.",
      `"We do not see a link to anything wider," the mayor said.`,
    ].join("\n\n");
    expect(speakerOf(raw, "link to anything")).toBe("Tom Bell");
  });

  it("does not take a vice president for 'the president'", () => {
    const raw = [
      "President Ana Ruiz and Vice President Carl Mendes opened the museum.",
      `It was, the president said, "a place where the past is not hidden."`,
    ].join("\n\n");
    expect(speakerOf(raw, "past is not hidden")).toBe("Ana Ruiz");
  });
});

describe("'he' or 'she' as the subject of the quote's clause", () => {
  it("reads the pronoun after an introductory phrase without a comma", () => {
    const raw = `Tom Hale has praised the regime. Days ago in an interview with the state network KRTV he blasted the press for being "utterly dishonest."`;
    expect(speakerOf(raw, "utterly dishonest")).toBe("Tom Hale");
  });

  it("does not read a pronoun whose clause ends before the quote, or one in a relative clause", () => {
    const ended = `Ana Ruiz may withdraw. If she did, party rules give the chair power to call a "special meeting of the whole board" at once.`;
    expect(speakerOf(ended, "special meeting")).not.toBe("Ana Ruiz");
    const relative = `Board members were angry that Ana Ruiz kept the laptop she used to sort "private messages of the chair" for months.`;
    expect(speakerOf(relative, "private messages")).not.toBe("Ana Ruiz");
  });
});

describe("a description after a quote's handover comma, and an outlet's possessive", () => {
  it("keeps 'he continued' with the campaign manager, not the interviewer", () => {
    const raw = [
      "Dana Holt leads the race.",
      `"She is clearly experienced," Holt campaign manager Tom Hale said Monday in an interview with KRTV's Ana Ruiz.`,
      `"But a résumé is not enough," he continued.`,
    ].join("\n\n");
    expect(speakerOf(raw, "résumé")).toBe("Tom Hale");
  });
});
