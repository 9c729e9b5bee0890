import { describe, expect, it } from "vitest";
import { suggestLesson } from "@/lib/analysis/suggest-questions";
import { mentions } from "@/lib/analysis/suggest-reading";

/** A report we wrote: the mayor's words come by name, by "he", and in a sentence that also quotes her rival. */
const body = [
  "Mayor Dan Ortiz endorsed Councillor Ann Baker for the county seat on Friday, a year after the two fought a bitter primary.",
  "“Ann Baker will fight for this town every single day,” Ortiz said in a statement posted on Friday evening.",
  "During the primary, Baker called Ortiz “a man who never keeps a promise,” and Ortiz said at the time that she should “tell voters the truth.”",
  "Baker thanked the mayor. “I am grateful for his support and for his friendship,” Baker said on Saturday.",
  "Ortiz later met reporters outside city hall. “We have had our differences, but that is behind us now,” he said.",
  "Tom Reyes, who chairs the county party, said the endorsement would help. “This unites the party before November,” Reyes said.",
  "“Nobody expected this a year ago,” said Lena Vos, a party volunteer.",
].join("\n\n");

describe("a highlight item on one speaker's quotes", () => {
  const items = suggestLesson(
    [{ id: "endorse", outlet: "The Fairhaven Courier", genre: "news-report", published: "2026-11-14", body }],
    { all: true },
  )
    .map((s) => s.question)
    .filter((q) => q.kind === "highlight" && q.id.startsWith("hl-quotes-"));

  it("never offers as 'not theirs' a sentence that names them beside quoted words, or gives words to a bare 'he'", () => {
    expect(items.length).toBeGreaterThan(0);
    for (const q of items) {
      const surname = /quotes (?:.* )?(\S+) directly/.exec(q.prompt)![1]!;
      for (const o of q.options.filter((o) => !q.answer.includes(o.id))) {
        expect(o.text.includes(surname) && /[“”"]/.test(o.text), `${q.prompt}\n${o.text}`).toBe(false);
        expect(o.text, q.prompt).not.toMatch(/[”"],? (?:he|she) said/);
      }
    }
  });
});

describe("a highlight item and words in quotation marks that are not someone's words", () => {
  it("never keys a sentence whose only marks around the speaker's words hold a name or a gloss", () => {
    const plan = [
      "Former mayor Dan Ortiz spoke for his wife's campaign at a rally in the harbor district on Monday evening.",
      "Ortiz said the county's health plan was a “crazy system” that had doubled the premiums of small businesses.",
      "Ortiz said his wife's plan would add a “public option” for families who buy their own insurance.",
      "“People who work hard every day are paying more and getting less, and that has to change,” Ortiz said.",
      "Councillor Ann Baker, who backs the rival ticket, said the plan would cost too much. “Nobody has said how to pay for it,” Baker said.",
      "“We will hear the details next week,” said Tom Reyes, who chairs the county party.",
    ].join("\n\n");
    const items = suggestLesson(
      [{ id: "plan", outlet: "The Fairhaven Courier", genre: "news-report", published: "2026-11-14", body: plan }],
      { all: true },
    )
      .map((s) => s.question)
      .filter((q) => q.kind === "highlight" && q.id.startsWith("hl-quotes-"));
    expect(items.length).toBeGreaterThan(0);
    for (const q of items) {
      const keyed = q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text);
      expect(
        keyed.some((t) => /public option|crazy system/.test(t)),
        keyed.join("\n"),
      ).toBe(false);
    }
  });

  it("knows a name whatever its apostrophe", () => {
    expect(mentions("O’Neill said the cause was not yet known.", "O'Neill")).toBe(true);
    expect(mentions("O'Neill said so.", "O’Neill")).toBe(true);
    expect(mentions("Neill said so.", "O'Neill")).toBe(false);
  });
});
