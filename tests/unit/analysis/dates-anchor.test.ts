import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";
import { findDates } from "@/lib/analysis/dates";
import { timelineQuestions } from "@/lib/analysis/suggest-timeline";
import { questionSchema } from "@/lib/content/schema";

// Short made-up texts: every town, person and event here is fictional.
const on = (iso: string) => new Date(`${iso}T12:00:00Z`);
const dates = (text: string, published: string) => findDates(text, on(published));
const mention = (text: string, published: string, words: string) => {
  const found = dates(text, published).find((d) => d.text === words);
  if (!found) throw new Error(`no date mention "${words}" in: ${text}`);
  return found;
};

describe("a date counted from a named event", () => {
  it("resolves against the day the text gives the event, in an earlier sentence", () => {
    const text =
      "Voters in Larkfield chose a mayor in the Nov. 8 election. Councillor Ada Brenn had resigned just 11 days before the election.";
    expect(mention(text, "2022-11-20", "11 days before")).toMatchObject({
      resolved: "2022-10-28",
      precision: "day",
      anchor: { kind: "event", event: { text: "the election" }, date: { text: "Nov. 8" } },
      offset: { n: -11, unit: "day" },
    });
  });

  it("resolves against a date the event's own phrase gives", () => {
    expect(
      mention("Ada Brenn resigned 11 days before the Nov. 8 election.", "2022-11-20", "11 days before"),
    ).toMatchObject({ resolved: "2022-10-28", anchor: { kind: "event" } });
    expect(
      mention("The depot closed two days after Nov. 8, the council said.", "2022-11-20", "two days after"),
    ).toMatchObject({ resolved: "2022-11-10", anchor: { kind: "date", date: { text: "Nov. 8" } } });
  });

  it("resolves an event told as a clause when a sentence with the same verb and noun dates it", () => {
    const text =
      "The Courier published the story on March 2. The treasurer stepped down a week after the paper published the story.";
    expect(mention(text, "2023-06-10", "a week after")).toMatchObject({
      resolved: "2023-03-09",
      anchor: { kind: "event", date: { text: "March 2" } },
    });
  });

  it("stays unresolved when the text does not date the event, never counting from the publication date", () => {
    for (const [text, words] of [
      ["Councillor Ada Brenn resigned just 11 days before the presidential election.", "11 days before"],
      ["The treasurer stepped down four days after the paper published the story.", "four days after"],
      // The vote may well be the election, but the text does not say so.
      [
        "Voters chose a mayor in the Nov. 8 election. Two days after the vote, she named her cabinet.",
        "Two days after",
      ],
    ] as const) {
      const d = mention(text, "2023-06-10", words);
      expect(d.resolved).toBeNull();
      expect(d.anchor).toMatchObject({ kind: "event", date: null });
    }
  });

  it("stays unresolved when two sentences date the event differently, or the count is hedged", () => {
    const two =
      "The first election was held on March 5. A second election was held on May 14. Brenn quit three days after the election.";
    expect(mention(two, "2023-06-10", "three days after").resolved).toBeNull();
    const hedged = "Brenn quit about two weeks after the Nov. 8 election.";
    expect(mention(hedged, "2022-12-20", "two weeks after")).toMatchObject({ resolved: null, precision: null });
    const week = "The week after the Nov. 8 election, Brenn quit.";
    expect(mention(week, "2022-12-20", "The week after")).toMatchObject({ resolved: null, precision: "week" });
  });
});

describe("a date counted from an earlier date in the sentence", () => {
  it("resolves against that date, not the publication date", () => {
    const text = "On March 3 the board met in closed session, and two days later it voted to sell the depot.";
    expect(mention(text, "2024-04-02", "two days later")).toMatchObject({
      resolved: "2024-03-05",
      anchor: { kind: "date", date: { text: "March 3" } },
    });
    expect(
      mention("The fire started on June 9, 2021, and crews left the next day.", "2024-04-02", "the next day").resolved,
    ).toBe("2021-06-10");
  });

  it("stays unresolved when its sentence gives no date to count from", () => {
    expect(
      mention("The board met. Two days later it voted to sell the depot.", "2024-04-02", "Two days later"),
    ).toMatchObject({ resolved: null, anchor: { kind: "date", date: null } });
  });
});

describe("counts that are not one date", () => {
  it("leave a duration out, and a stretch unresolved", () => {
    expect(dates("Brenn served for two years before the war.", "2024-04-02")).toEqual([]);
    expect(
      mention("In the two weeks before the Nov. 8 vote, prices rose.", "2022-12-01", "two weeks before"),
    ).toMatchObject({ resolved: null, precision: null });
  });

  it("count years from a year, and take a weekday after a date for that date", () => {
    expect(
      mention("In 2019 the plant opened, and two years later it closed.", "2024-04-02", "two years later"),
    ).toMatchObject({ resolved: "2021", precision: "year" });
    const apposition = dates("Officials met on March 3, a Tuesday, and again a week later.", "2024-04-02");
    expect(apposition.map((d) => [d.text, d.resolved])).toEqual([
      ["March 3", "2024-03-03"],
      ["a week later", "2024-03-10"],
    ]);
  });
});

describe("deictic words", () => {
  // Wednesday, November 26, 2025.
  const published = "2025-11-26";

  it("count from the publication date", () => {
    const text =
      "The council met yesterday. The mayor spoke on Tuesday. The clerk left last Monday. The auditors arrived three days ago. Today the town is quiet.";
    const found = Object.fromEntries(dates(text, published).map((d) => [d.text, [d.resolved, d.anchor?.kind]]));
    expect(found).toEqual({
      yesterday: ["2025-11-25", "published"],
      "on Tuesday": ["2025-11-25", "published"],
      "last Monday": ["2025-11-24", "published"],
      "three days ago": ["2025-11-23", "published"],
      Today: ["2025-11-26", "published"],
    });
  });

  it("read a bare weekday by tense, and leave it open when the tense does not say", () => {
    expect(mention("The council will vote on Friday.", published, "on Friday").resolved).toBe("2025-11-28");
    expect(mention("The council voted on Friday.", published, "on Friday").resolved).toBe("2025-11-21");
    expect(mention("Council vote on Friday", published, "on Friday").resolved).toBeNull();
    // The clause decides: the talks broke down in the past, the strike is to come.
    expect(
      mention("Dockers will strike next week after talks broke down on Tuesday.", published, "on Tuesday").resolved,
    ).toBe("2025-11-25");
  });

  it("inside quoted words count from the day they were said, and stay open when the text does not give it", () => {
    expect(mention("“We met yesterday,” Brenn said on Sunday.", published, "yesterday")).toMatchObject({
      resolved: "2025-11-22",
      anchor: { kind: "statement", date: { text: "on Sunday" } },
    });
    expect(mention("“We met yesterday,” Brenn said.", published, "yesterday")).toMatchObject({
      resolved: null,
      anchor: { kind: "statement", date: null },
    });
  });

  it("never key a week, a weekend or a month as one day", () => {
    const text =
      "Prices rose last week. Residents protested over the weekend. Sales fell this month. Rents climbed earlier this year.";
    const found = Object.fromEntries(dates(text, published).map((d) => [d.text, [d.resolved, d.precision]]));
    expect(found).toEqual({
      "last week": [null, "week"],
      weekend: [null, "weekend"],
      "this month": ["2025-11", "month"],
      "this year": ["2025", "year"],
    });
  });
});

describe("timeline suggestions", () => {
  // Sunday, November 20, 2022.
  const published = "2022-11-20";
  const body = [
    "Larkfield elects a mayor",
    "Voters in Larkfield chose a new mayor in the Nov. 8 election.",
    "Councillor Ada Brenn resigned just 11 days before the election, citing her health.",
    "Two days after the vote, the new mayor named her cabinet.",
    "The council met yesterday to approve the budget.",
    "Prices at the market rose last week.",
    "Over the weekend, residents protested outside the town hall.",
    "The next council meeting is set for Dec. 12.",
  ].join("\n\n");
  const source = {
    id: "larkfield-mayor",
    outlet: "The Larkfield Ledger",
    genre: "news-report" as const,
    body,
    published,
  };
  const questions = timelineQuestions(source, analyzeArticle(body, { published: on(published) }));
  const about = (words: string) => questions.find((q) => q.evidence[0]!.quote.includes(words));
  const keyOf = (q: (typeof questions)[number]) => q.answer[0]!.replace(/^d-/, "");

  it("ask only about days the text fixes", () => {
    expect(questions.map(keyOf).sort()).toEqual(["2022-10-28", "2022-11-08", "2022-11-19"]);
    for (const words of ["Two days after the vote", "last week", "Over the weekend", "Dec. 12"])
      expect(about(words)).toBeUndefined();
    for (const q of questions) expect(questionSchema.safeParse(q).success).toBe(true);
  });

  it("explain what the date counts from, and cite the sentence that dates the event", () => {
    const brenn = about("11 days before")!;
    expect(brenn.prompt).toContain("Councillor Ada Brenn resigned just ___ the election");
    expect(brenn.explanation).toMatch(
      /"11 days before" counts from the election, which the article dates to November 8, 2022/,
    );
    expect(brenn.evidence.map((e) => e.quote)).toEqual([
      "Councillor Ada Brenn resigned just 11 days before the election, citing her health.",
      "Voters in Larkfield chose a new mayor in the Nov. 8 election.",
    ]);
    expect(about("yesterday")!.explanation).toBe(
      '"yesterday" counts from the day the article was published (November 20, 2022).',
    );
    expect(about("Nov. 8 election")!.explanation).toMatch(/^The date is written in the sentence: "Nov. 8"/);
  });

  it("offer distractors that are never the key, never after publication, each with its misconception", () => {
    for (const q of questions) {
      const wrong = q.options.filter((o) => !q.answer.includes(o.id));
      expect(wrong.length).toBeGreaterThan(0);
      for (const o of wrong) {
        expect(o.id).not.toBe(q.answer[0]);
        expect(o.id.replace(/^d-/, "") <= published, `${o.text} is after the publication date`).toBe(true);
        expect(o.misconception).toBeTruthy();
      }
    }
    const brenn = about("11 days before")!;
    const byText = Object.fromEntries(brenn.options.map((o) => [o.text, o.misconception ?? "key"]));
    expect(byText).toEqual({
      "October 28, 2022": "key",
      "November 20, 2022": "Takes the publication date for the date of the event",
      "November 8, 2022": "Takes the date the sentence counts from for the date of the event",
      "November 19, 2022": "Counts the wrong way from the date the sentence counts from",
    });
  });
});

describe("a weekday in a clause in the present", () => {
  it("is left unresolved, even when the sentence's frame is in the past", () => {
    // Published on a Wednesday: "Saturday" could be the one before or the one after.
    const text = "Councillor Ada Brenn is invited to the harbour dinner on Saturday, her aides said.";
    expect(mention(text, "2022-11-16", "on Saturday").resolved).toBeNull();
  });

  it("still resolves a weekday in a past clause beside a present one", () => {
    const text = "Ada Brenn, who is 70, spoke to the council on Monday.";
    expect(mention(text, "2022-11-16", "on Monday").resolved).toBe("2022-11-14");
  });
});
