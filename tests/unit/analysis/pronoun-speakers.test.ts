import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";
import { polnearGold, scorePolnear } from "@/lib/analysis/polnear";
import type { Quote } from "@/lib/analysis/types";

/** The speaker of the article's last direct quote; made-up sentences, one rule each. */
const lastSpeaker = (raw: string) =>
  analyzeArticle(raw)
    .quotes.filter((q) => q.kind === "direct")
    .at(-1)?.speaker;

describe("he and she across sentences", () => {
  it("follows a chain of subject pronouns back to the person the paragraphs are about", () => {
    const raw =
      "Ana Ruiz runs the clinic in Elmford.\n\n" +
      "She has faced criticism since Clara Diaz took over the council.\n\n" +
      "“We waited three years for this,” she said.";
    expect(lastSpeaker(raw)).toBe("Ana Ruiz");
  });

  it("takes a woman's gender from the noun that describes her, over a first name given to both", () => {
    const raw =
      "Since 2015, widow Terry Holm has campaigned for the bill.\n\n" +
      "Paul Dorn, the senator, opposed it on Monday.\n\n" +
      "“Nobody listened to us,” she said.";
    expect(lastSpeaker(raw)).toBe("Terry Holm");
  });

  it("reads a name before a long relative clause as the subject of the verb after it", () => {
    const raw =
      "Tom Reid, who has campaigned across the county for party nominee Mark Hale since he left the army in the spring of last year, criticised the plan on Tuesday.\n\n" +
      "“It is a disgrace,” he said.";
    expect(lastSpeaker(raw)).toBe("Tom Reid");
  });
});

describe("PolNeAR scoring: the fair speaker figure beside the strict one", () => {
  // Made-up text and standoff annotation: Ann Lee speaks, a plural Source follows, then "she".
  const raw = 'Ann Lee said the plan was late. Ohio Democrats said it was fine.\n\n"We will fix it," she said.';
  const at = (s: string) => raw.indexOf(s);
  const span = (id: string, type: string, s: string) => `${id}\t${type} ${at(s)} ${at(s) + s.length}\t${s}`;
  const ann = [
    span("T1", "Source", "Ann Lee"),
    span("T2", "Cue", "said the"),
    span("T3", "Content", "the plan was late"),
    span("T4", "Source", "Ohio Democrats"),
    span("T5", "Cue", "said it"),
    span("T6", "Content", "it was fine"),
    span("T7", "Source", "she"),
    span("T8", "Cue", "said."),
    span("T9", "Content", '"We will fix it,"'),
    "E1\tAttribution:T2 Source:T1 Content:T3",
    "E2\tAttribution:T5 Source:T4 Content:T6",
    "E3\tAttribution:T8 Source:T7 Content:T9",
  ].join("\n");
  const quote: Quote = {
    start: at("We will"),
    end: at("We will") + "We will fix it".length,
    text: "We will fix it",
    speaker: "Ann Lee",
    cue: "said",
    kind: "direct",
  };

  it("resolves a gold pronoun to the latest Source naming one person, not to a plural", () => {
    const score = scorePolnear(raw, polnearGold(raw, ann), { quotes: [quote] });
    // Strict: "she" is the latest named Source ("Ohio Democrats"), so Ann Lee counts wrong.
    expect(score.speaker.pronoun).toEqual({ total: 1, right: 0 });
    expect(score.fairSpeaker).toEqual({ total: 1, right: 1 });
  });
});
