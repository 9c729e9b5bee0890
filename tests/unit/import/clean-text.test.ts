import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanPlainText } from "@/lib/import/clean-text";

/** The hand-cleaned body of a seed article, as the content file keeps it after its front matter. */
const handCleaned = (name: string) => readFileSync(`content/sources/${name}`, "utf8").split(/^---$/m)[2]!.trim();
const captured = (name: string) => readFileSync(`tests/fixtures/captures/${name}`, "utf8");

describe("cleaning a captured page", () => {
  it("gives the Kyiv Independent text exactly as it was cleaned by hand, with its metadata", () => {
    const name = "kyiv-independent-2025-11-24-secretive-negotiations.txt";
    const cleaned = cleanPlainText(captured(name));
    expect(cleaned.body).toBe(handCleaned(name));
    expect(cleaned).toMatchObject({
      title: "Secretive US-Russia peace negotiations on Ukraine left out key White House officials, Bloomberg reports",
      author: "Volodymyr Ivanyshyn",
      published: "2025-11-23",
      section: "Politics",
      captions: [
        {
          caption: expect.stringMatching(/^U\.S\. Special Envoy Steve Witkoff reacts/),
          credit: "Kristina Kormilitsyna /AFP via Getty Images",
        },
      ],
    });
    expect(cleaned.removed).toContain(
      "UkraineUnited StatesRussiaTrump & RussiaSteve WitkoffKirill DmitrievWarPeace Plan",
    );
    expect(cleaned.removed.some((l) => l.startsWith("Volodymyr Ivanyshyn is a news editor"))).toBe(true);
  });

  it("gives the Kaizen text exactly as it was cleaned by hand, without the comment widget or the newsletter", () => {
    const name = "kaizen-2025-11-24-backroom-peace-plan.txt";
    const cleaned = cleanPlainText(captured(name));
    expect(cleaned.body).toBe(handCleaned(name));
    expect(cleaned).toMatchObject({
      author: "Rainer Hofmann",
      published: "2025-11-24",
      title: expect.stringMatching(/^A Backroom Peace Plan/),
    });
    expect(cleaned.removed).toEqual(
      expect.arrayContaining(["Notify of", "0 Comments", "To the Kaizen News Brief In English"]),
    );
  });

  it("keeps a short line that belongs to the story and drops share rows, tags and comment counts", () => {
    const cleaned = cleanPlainText(readFileSync("tests/fixtures/analysis/council-hearing.txt", "utf8"));
    expect(cleaned.body).toContain("The exchange that followed was tense:");
    expect(cleaned.body).toContain("Whitfield: We asked everyone.");
    expect(cleaned.body.endsWith("“mostly a war on paint.”") || cleaned.body.endsWith('"mostly a war on paint."')).toBe(
      true,
    );
    expect(cleaned.removed).toEqual(
      expect.arrayContaining(["Share this article", "Tags: Transportation, City Council, Cycling", "Comments (12)"]),
    );
    expect(cleaned.published).toBe("2023-10-03");
  });

  it("drops an author's bio that starts without the byline's name", () => {
    const text =
      "Storm closes schools\n\nSchools in the valley closed on Friday as the storm arrived.\n\nThe district said they would reopen on Monday.\n\nJane Doe is a staff reporter covering education. She lives in Eastham.\n";
    const cleaned = cleanPlainText(text);
    expect(cleaned.body).toBe(
      "Schools in the valley closed on Friday as the storm arrived.\n\nThe district said they would reopen on Monday.",
    );
  });

  it("drops a news database's markers and copyright notice, listing them with the other chrome", () => {
    const exported = [
      "Port workers vote to strike as talks collapse",
      "ABSTRACT.",
      "Dockers at Eastham will walk out next week.",
      "Full Text",
      "Dock workers at the port of Eastham will walk out next week after talks with the operator broke down on Tuesday, union leaders said.",
      "The abstract offer on the table was not enough, the union said.",
      "full text:",
      "Copyright 2024 Eastham News Ltd.",
      "© 2024 Eastham News. All rights reserved.",
    ].join("\n\n");
    const cleaned = cleanPlainText(exported);
    expect(cleaned.title).toBe("Port workers vote to strike as talks collapse");
    expect(cleaned.removed).toEqual(
      expect.arrayContaining([
        "ABSTRACT.",
        "Full Text",
        "full text:",
        "Copyright 2024 Eastham News Ltd.",
        "© 2024 Eastham News. All rights reserved.",
      ]),
    );
    expect(cleaned.body).toBe(
      "Dockers at Eastham will walk out next week.\n\nDock workers at the port of Eastham will walk out next week after talks with the operator broke down on Tuesday, union leaders said.\n\nThe abstract offer on the table was not enough, the union said.",
    );
  });
});
