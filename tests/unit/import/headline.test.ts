import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanPlainText } from "@/lib/import/clean-text";
import { looksLikeHeadline, sectionLabel } from "@/lib/import/headline";
import { readSource } from "@/lib/import/read-source-file";

const fixture = (path: string) => readFileSync(`tests/fixtures/${path}`, "utf8");

/** Each real-looking article and its headline, whatever sits above it (sections, breadcrumbs, kickers). */
const HEADLINES: [string, string][] = [
  ["import/ferry-pier.txt", "Harbour council votes to close the old ferry pier"],
  ["analysis/council-hearing.txt", "Council approves bike lanes after heated hearing"],
  ["analysis/harbour-strike.txt", "Port workers vote to strike as talks collapse"],
  ["analysis/kaizen.txt", "A Backroom Peace Plan – and Now the White House Confirms the Joint US–Russia Architecture"],
  [
    "analysis/kyiv-independent.txt",
    "Secretive US-Russia peace negotiations on Ukraine left out key White House officials, Bloomberg reports",
  ],
  ["analysis/wire-summit.txt", "Leaders pledge climate cash, but details are thin"],
  ["analysis/held-out/library-closures.txt", "Libraries face cuts as council budget tightens"],
  ["analysis/held-out/senate-vote.txt", "Senate passes stopgap bill hours before shutdown deadline"],
  ["analysis/styles-dev/magazine-lighthouse.txt", "The last keeper of Skerrow Point"],
  ["analysis/styles-dev/org-breach.txt", "Brightmart says hackers stole data of 2 million customers"],
  ["analysis/styles-dev/qa-planner.txt", "Q&A: The city’s new chief planner on housing, height and the ‘NIMBY’ label"],
  [
    "analysis/styles-dev/uk-hospitals.txt",
    "‘Our wards are full by lunchtime’: A&E doctors warn NHS faces worst winter in a decade",
  ],
  ["analysis/styles-dev/wire-flood.txt", "Floodwaters force thousands from homes along Missouri River"],
  [
    "analysis/styles-held-out/press-release-solar.txt",
    "Valmont Energy and the City of Ashford Announce 40-Megawatt Community Solar Project",
  ],
  [
    "analysis/styles-held-out/uk-court-coins.txt",
    "Dog walker who found Roman coin hoard 'knew they weren't his', court hears",
  ],
  [
    "analysis/styles-held-out/wire-senate-chips.txt",
    "Senators clash over chip export rules as Commerce misses deadline",
  ],
];

describe("the headline of a pasted article", () => {
  it.each(HEADLINES)("%s: goes to the headline, out of the body, listed among the removed lines", (path, headline) => {
    const cleaned = cleanPlainText(fixture(path));
    expect(cleaned.title).toBe(headline);
    expect(cleaned.body.split("\n\n")).not.toContain(headline);
    expect(cleaned.removed).toContain(headline);
  });

  it("takes the section above it from a plain section line, breadcrumbs or a kicker", () => {
    expect(
      [
        "import/ferry-pier.txt",
        "analysis/styles-dev/uk-hospitals.txt",
        "analysis/styles-dev/qa-planner.txt",
        "analysis/styles-dev/magazine-lighthouse.txt",
      ].map((p) => cleanPlainText(fixture(p)).section),
    ).toEqual(["Local", "Health", "City Hall", "THE LONG READ"]);
  });

  it("is left for the teacher to type when the text starts with the article itself", () => {
    const lede = fixture("analysis/harbour-strike.txt").split("\n\n").slice(2).join("\n\n");
    const cleaned = cleanPlainText(lede);
    expect(cleaned.title).toBeNull();
    expect(cleaned.body.startsWith("Dock workers at the port of Eastham")).toBe(true);
  });
});

describe("what looks like a headline", () => {
  it.each([
    ["Storm closes schools"],
    ["Is the old ferry pier safe?"],
    ["‘Our members have had enough’: dockers walk out"],
    ["10 things we learned from the budget"],
  ])("%s", (line) => expect(looksLikeHeadline(line)).toBe(true));

  it.each([
    ["a dateline", "Monday, November 24, 2025"],
    ["a timestamp", "Updated Oct. 3, 2023 at 6:15 p.m."],
    ["a timestamp with a time zone", "Published: 07:02 GMT, 13 January 2025 | Updated: 09:41 GMT, 13 January 2025"],
    ["a byline", "By Maya Lindgren"],
    ["a byline without its space", "byRainer Hofmann"],
    ["a photographer's credit", "Photographs by Ruth Ayodele"],
    ["the audio player", "Listen to this article · 4 min"],
    ["a reading time", "Politics 6 min read"],
    ["breadcrumbs", "Home | News | Health"],
    ["breadcrumbs with arrows", "Halden Metro > City Hall"],
    ["a kicker in capitals", "FOR IMMEDIATE RELEASE"],
    ["a section", "Politics"],
    [
      "a lede ending in a full stop",
      "Dock workers at the port of Eastham will walk out next week after talks with the operator broke down on Tuesday, union leaders said.",
    ],
    [
      "a quote closed after its full stop",
      "‘We have been patient for eighteen months,’ said Rosa Fielding. ‘Our members have had enough.’",
    ],
    [
      "a wire story's first paragraph",
      "GENEVA (Reuters) - Leaders from 40 countries pledged on Thursday to double climate finance",
    ],
    ["a wire dateline with a dash", "WASHINGTON — The Senate approved a short-term spending bill late Friday"],
    ["a lead-in", "The exchange that followed was tense:"],
    ["a line in lower case", "and then the council voted again"],
    [
      "a paragraph too long for a headline",
      "Five branch libraries in Northvale could close by the summer under plans published by the county council on Friday, and campaigners say the cuts would hit children and older readers hardest of all",
    ],
  ])("not %s", (_what, line) => expect(looksLikeHeadline(line)).toBe(false));
});

describe("a section above the headline", () => {
  it("is a short line, the last breadcrumb or a kicker; never a sentence", () => {
    expect(sectionLabel("Politics")).toBe("Politics");
    expect(sectionLabel("Home | News | Health")).toBe("Health");
    expect(sectionLabel("THE LONG READ")).toBe("THE LONG READ");
    expect(sectionLabel("The council voted on Tuesday to close the pier.")).toBeNull();
  });
});

describe("the headline of an HTML page", () => {
  const page = (body: string) =>
    `<!doctype html><html><head><title>Eastham News: local news, sport and weather</title></head><body>${body}</body></html>`;
  const paragraphs = Array.from(
    { length: 4 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: dock workers at the port of Eastham will walk out next week after talks with the operator broke down on Tuesday, union leaders said.</p>`,
  ).join("");

  it("is the article's <h1>, kept out of the body, whatever the page's <title> says", () => {
    const result = readSource(
      page(
        `<h1 class="logo">Eastham News</h1><article><h1>Port workers vote to strike</h1><p class="standfirst">Talks collapse after eighteen months</p>${paragraphs}</article>`,
      ),
      "html",
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.article.title).toBe("Port workers vote to strike");
    expect(result.article.body).not.toContain("Port workers vote to strike");
    expect(result.article.body).toMatch(/^Talks collapse after eighteen months\n\nParagraph 1:/);
  });

  it("is the page's only <h1> outside the article (the hostile fixture's header)", () => {
    const result = readSource(fixture("import/hostile.html"), "html");
    if (!result.ok) throw new Error(result.error);
    expect(result.article.title).toBe("Port workers vote to strike");
    expect(result.article.body).toMatch(/^Dock workers at the port of Eastham/);
  });
});
