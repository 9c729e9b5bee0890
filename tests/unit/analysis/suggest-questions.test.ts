import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { suggestQuestions } from "@/lib/analysis/suggest-questions";
import { questionSchema } from "@/lib/content/schema";

const body = (name: string) => readFileSync(`content/sources/${name}`, "utf8").split(/^---$/m)[2]!.trim();
const kyiv = {
  id: "kyiv-independent-2025-11-24-secretive-negotiations",
  outlet: "The Kyiv Independent",
  genre: "news-report" as const,
  published: "2025-11-23",
};
const kaizen = {
  id: "kaizen-2025-11-24-backroom-peace-plan",
  outlet: "Kaizen",
  genre: "opinion" as const,
  published: "2025-11-24",
};

describe("question suggestions", () => {
  const fromKyiv = suggestQuestions({ ...kyiv, body: body(`${kyiv.id}.txt`) }, 50);
  const fromKaizen = suggestQuestions({ ...kaizen, body: body(`${kaizen.id}.txt`) }, 50);

  it("are valid questions whose evidence is verbatim in the source", () => {
    for (const [source, drafts] of [
      [kyiv, fromKyiv],
      [kaizen, fromKaizen],
    ] as const) {
      expect(drafts.length).toBeGreaterThan(3);
      const text = body(`${source.id}.txt`);
      for (const q of drafts) {
        expect(questionSchema.safeParse(q).success).toBe(true);
        for (const e of q.evidence) expect(text).toContain(e.quote);
      }
    }
  });

  it("ask who said a quote, with the attributed speaker as the key and people from the article as distractors", () => {
    const trump = fromKyiv.find((q) => q.kind === "speaker" && q.prompt.includes("It didn't feel like"))!;
    expect(trump.answer).toEqual(["donald-trump"]);
    expect(trump.options.map((o) => o.text)).not.toContain("Bloomberg");
    expect(
      trump.options.every(
        (o) =>
          o.text === "Donald Trump" ||
          /Marco Rubio|Volodymyr Zelensky|JD Vance|Dan Driscoll|Steve Witkoff|Vladimir Putin|Mike Rounds|Kirill Dmitriev/.test(
            o.text,
          ),
      ),
    ).toBe(true);
    const witkoff = fromKaizen.find((q) => q.kind === "speaker" && q.prompt.includes("I liked him"))!;
    expect(witkoff.answer).toEqual(["steven-witkoff"]);
    expect(witkoff.options.find((o) => o.id === "tucker-carlson")?.misconception).toBeTruthy();
  });

  it("ask where a relayed claim came from, naming the intermediary of a chain", () => {
    const rounds = fromKyiv.find(
      (q) => q.kind === "sourcing-chain" && q.prompt.includes("Rubio earlier told senators"),
    )!;
    expect(rounds.options.find((o) => o.id === rounds.answer[0])?.text).toBe(
      "From Mike Rounds: The Kyiv Independent relays it",
    );
  });

  it("ask when things happened, with relative dates counted from the publication date", () => {
    const yesterday = fromKaizen.find(
      (q) => q.kind === "timeline" && q.prompt.includes("___, Rubio and Witkoff were in Geneva"),
    )!;
    expect(yesterday.options.find((o) => o.id === yesterday.answer[0])?.text).toBe("November 23, 2025");
    expect(yesterday.options.find((o) => o.text === "November 24, 2025")?.misconception).toBe(
      "Takes the publication date for the date of the event",
    );
    const told = fromKyiv.find((q) => q.kind === "timeline" && q.prompt.includes("Trump, on ___, told reporters"))!;
    expect(told.options.find((o) => o.id === told.answer[0])?.text).toBe("November 22, 2025");
  });

  it("ask for the author's interpretation only in an opinion piece", () => {
    expect(fromKaizen.some((q) => q.kind === "statement-kind" && q.answer[0] === "opinion")).toBe(true);
    expect(fromKyiv.some((q) => q.kind === "statement-kind" && q.answer[0] === "opinion")).toBe(false);
  });
});
