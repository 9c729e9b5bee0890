import { describe, expect, it } from "vitest";
import { polnearGold, scorePolnear } from "@/lib/analysis/polnear";
import { descriptionHeads, resolveDescription, resolveWho } from "@/lib/analysis/polnear-described";
import type { Quote } from "@/lib/analysis/types";

/** Made-up texts: the gold side of a description Source, resolved by the article's own words. */
const resolve = (raw: string, source: string) => resolveDescription(raw, source, raw.lastIndexOf(source));
const who = (raw: string) => resolveWho(raw, "who", raw.lastIndexOf("who"));

describe("a description Source resolved by the article's words", () => {
  it("finds the heads of a description, and refuses a name", () => {
    expect(descriptionHeads("the former secretary of the port and current Democratic nominee")).toEqual([
      "secretary",
      "nominee",
    ]);
    expect(descriptionHeads("Dover's former ferry strategist")).toEqual(["strategist"]);
    expect(descriptionHeads("The Harbour Times")).toBeNull();
    expect(descriptionHeads("Ann Lee")).toBeNull();
  });

  it("takes a title before a name (the abbreviation too), and an apposition after one", () => {
    expect(resolve("Mayor Ann Lee opened the pier.\n\nThe ferries will run, the mayor said.", "the mayor")).toBe(
      "Ann Lee",
    );
    expect(resolve("Sen. Carl Diaz spoke first. It is late, the senator said.", "the senator")).toBe("Carl Diaz");
    expect(
      resolve("Tom Hale, the former mayor of Dover, spoke. It is late, the former mayor said.", "the former mayor"),
    ).toBe("Tom Hale");
  });

  it("does not take another office: a vice president is not the president, a former governor not the governor", () => {
    const raw = "Vice President Carl Diaz arrived, and President Ann Lee spoke. It is done, the president said.";
    expect(resolve(raw, "the president")).toBe("Ann Lee");
    expect(resolve("Former Gov. Tom Hale watched. It is late, the governor said.", "the governor")).toBeNull();
  });

  it("keeps the description's own capitalised words: the Republican nominee is not the Democratic one", () => {
    const raw =
      "Republican nominee Carl Diaz held a rally. Tom Hale, the Democratic nominee, stayed home. " +
      "We will win, the Republican nominee said.";
    expect(resolve(raw, "the Republican nominee")).toBe("Carl Diaz");
  });

  it("of two people with the same title, takes the one the article mentioned last", () => {
    const raw =
      "Sen. Ann Lee and Sen. Carl Diaz wrote the bill. Diaz left early. Lee defended it on Friday. " +
      "It will pass, the senator said.";
    expect(resolve(raw, "the senator")).toBe("Ann Lee");
  });

  it("reads a name after a preposition of place as the place, and a text as no person", () => {
    expect(resolve("At a press conference in Dover, the mayor said the pier was safe.", "the mayor")).toBeNull();
    expect(resolve("Ann Lee, the columnist, wrote a piece. It is late, the piece said.", "the piece")).toBeNull();
  });

  it("resolves an organisation's noun to the capitalised name holding it", () => {
    const raw = "The Harbour Commission met on Monday. The fees stay, the commission said.";
    expect(resolve(raw, "the commission")).toBe("Harbour Commission");
    expect(resolve("Commission meets. The fees stay, the commission said.", "the commission")).toBeNull();
  });

  it("resolves a relative who to the name before it, past an apposition, never to a place", () => {
    expect(who("The choir sang for Ann Lee and Tom Hale, who said it was moving.")).toBe("Tom Hale");
    expect(who("Tom Hale, the director of the Harbour Fund, who said it was moving.")).toBe("Tom Hale");
    expect(who("They met a fisherman in Dover, who said it was moving.")).toBeNull();
  });
});

describe("PolNeAR scoring: buckets by the article's words", () => {
  const score = (raw: string, source: string, speaker: string | null) => {
    const content = raw.indexOf("“") + 1;
    const end = raw.indexOf("”");
    const cue = raw.indexOf(" said", end) + 1;
    const at = raw.lastIndexOf(source, cue);
    const ann = [
      `T1\tSource ${at} ${at + source.length}\t${source}`,
      `T2\tCue ${cue} ${cue + 4}\tsaid`,
      `T3\tContent ${content - 1} ${end + 1}\t${raw.slice(content - 1, end + 1)}`,
      "E1\tAttribution:T2 Source:T1 Content:T3",
    ].join("\n");
    const quote: Quote = {
      start: content,
      end,
      text: raw.slice(content, end),
      speaker,
      cue: "said",
      kind: "direct",
    };
    return scorePolnear(raw, polnearGold(raw, ann), { quotes: [quote] }).speaker;
  };

  it("scores a description against the name the article gives it", () => {
    const raw = "Mayor Ann Lee opened the pier.\n\n“The ferries will run,” the mayor said.";
    expect(score(raw, "the mayor", "Ann Lee").described).toEqual({ total: 1, right: 1 });
    expect(score(raw, "the mayor", "Tom Hale").described).toEqual({ total: 1, right: 0 });
    // Naming nobody is a miss when the article names the mayor.
    expect(score(raw, "the mayor", null).described).toEqual({ total: 1, right: 0 });
  });

  it("reads a sentence's first word as no name when the article also writes it in lower case", () => {
    const raw = "The protesters marched.\n\n“Not tonight,” Protesters said.";
    expect(score(raw, "Protesters", null).unnamed).toEqual({ total: 1, right: 1 });
  });

  it("reads a several-word Source's first word as no name when it is no noun, and a one-word Source as a surname", () => {
    const few = "The vote was close.\n\n“Not yet,” Only a few voters said.";
    expect(score(few, "Only a few voters", null).unnamed).toEqual({ total: 1, right: 1 });
    const surname = "Press secretary Tom Young took questions from young reporters.\n\n“It is late,” Young said.";
    expect(score(surname, "Young", "Tom Young").named).toEqual({ total: 1, right: 1 });
  });

  it("does not score a Source that is only the verb of speech", () => {
    const raw = "Tom Hale spoke at the pier.\n\n“It is late,” said Tom Hale.";
    const s = score(raw, "said", "Tom Hale");
    expect(s["no-source"]).toEqual({ total: 1, right: 0 });
    expect(s.unnamed.total + s.named.total + s.described.total).toBe(0);
  });
});
