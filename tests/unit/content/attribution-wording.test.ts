import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load-content";

const { lessons, sources } = loadContent();
const bodyOf = new Map(sources.map((s) => [s.id, s.body]));
const questions = lessons.flatMap((l) => l.questions);
const wordsOf = (q: (typeof questions)[number]) =>
  [q.prompt, q.explanation, ...q.options.flatMap((o) => [o.text, o.feedback])].join("\n");

// People of the two articles, by the full names one outlet or the other uses.
const FULL_NAMES = [
  "Donald Trump",
  "Marco Rubio",
  "Steve Witkoff",
  "Steven Witkoff",
  "Volodymyr Zelensky",
  "Vladimir Putin",
  "Karoline Leavitt",
  "Tucker Carlson",
  "Mike Rounds",
];

describe("the bank's wording stays with what each article says", () => {
  it("names people about one article only as that article does (no first names it never gives)", () => {
    const problems: string[] = [];
    for (const q of questions) {
      const cited = new Set(q.evidence.map((e) => e.source));
      if (cited.size !== 1) continue;
      const body = bodyOf.get([...cited][0]!)!;
      for (const name of FULL_NAMES)
        if (wordsOf(q).includes(name) && !body.includes(name)) problems.push(`${q.id}: ${name}`);
    }
    expect(problems).toEqual([]);
  });

  it("teaches Senator Rounds's account of Rubio's words as his account, never as fact", () => {
    for (const id of ["when-rubio-order", "kind-rubio-told-senators", "said-russian-plan-to-senators"]) {
      const q = questions.find((x) => x.id === id)!;
      expect(q.evidence.map((e) => e.quote).join(" "), id).toContain("according to Republican Senator Mike Rounds");
      expect(wordsOf(q), id).toMatch(/Rounds (tells|recounts)|as Senator (Mike )?Rounds|Rounds's account/);
    }
    // The outlet's paraphrase is not put in quotation marks, in a bank that teaches they mean exact words.
    expect(questions.find((x) => x.id === "said-russian-plan-to-senators")!.prompt).not.toMatch(
      /["“]actually a Russian plan/,
    );
  });
});
