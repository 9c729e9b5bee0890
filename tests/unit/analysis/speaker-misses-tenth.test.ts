import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";
import { echoOf } from "@/lib/analysis/quote-context";

/**
 * The speaker rules of docs/analysis.md, "Measured 2026-12-04 (tenth session)": one made-up text
 * per rule, names, outlets and organisations invented.
 */
const direct = (raw: string) => analyzeArticle(raw).quotes.filter((q) => q.kind === "direct");
const speakerOf = (raw: string, words: string) => direct(raw).find((q) => q.text.includes(words))?.speaker;

describe('"it" as a speaker', () => {
  it("takes no organisation named only inside quoted words", () => {
    const raw = `An old piece in the Dover Ledger was kinder to Tom Hale.\n\n“The harbour thanked Tom Hale for what it called ‘the turnaround of the year,’” the article read.\n\n“Tom Hale, the developer behind the harbour towers, has paid off most of what he owed,” it added.`;
    expect(speakerOf(raw, "has paid off most")).toBeNull();
  });

  it("is the document that spoke since the organisation was named, not the organisation", () => {
    const raw = `Take the ferry rules: the Harbour Trading Commission "asks only for one filing a year," the study says.\n\nIt also notes that "the penalty for a late filing is tiny" and that few firms care.`;
    expect(speakerOf(raw, "penalty for a late filing")).toBeNull();
  });

  it("still takes the organisation named just before", () => {
    const raw = `The Harbour Trading Commission met on Monday.\n\n"We will not change the rules," it said.`;
    expect(speakerOf(raw, "We will not change")).toBe("Harbour Trading Commission");
  });

  it("opens the clause, so a name after its verb is the object, not the speaker", () => {
    const raw = `The Dover Ledger praised Ana Ruiz at length.\n\nLater, it criticised Tom Hale, saying he "has broken every promise he made to the port workers and cannot be trusted with the budget."`;
    expect(speakerOf(raw, "broken every promise")).not.toBe("Tom Hale");
  });
});

describe('"according to" a name at the end of the sentence', () => {
  it("attributes a quote earlier in the sentence", () => {
    const raw = `Tom Hale spoke in Dover on Monday.\n\nHale was cheered with cries of "Tommy!" when he reached the dock strike on Friday, according to Ohio union President Ana Ruiz.`;
    expect(speakerOf(raw, "Tommy!")).toBe("Ana Ruiz");
  });

  it("does not let a long quote take the speaker of a one-word cheer it holds", () => {
    const raw = `"We have waited so long for a mayor who really listens to us, Tom Hale!" his niece yelled. Hale was met with cries of "Hale!" on the quay, according to Ana Ruiz.`;
    const mark = (text: string, group: number) => {
      const start = raw.indexOf(text);
      return { start, end: start + text.length, open: start - 1, close: start + text.length, group };
    };
    const long = {
      ...mark("We have waited so long for a mayor who really listens to us, Tom Hale!", 0),
      speaker: null,
    };
    const cheer = { ...mark("Hale!", 1), speaker: { name: "Ana Ruiz", cue: "according to" } };
    expect(echoOf(raw, long, [long, cheer])).toBeNull();
  });
});

describe("an organisation's document as the speaker", () => {
  it("gives the quote to the organisation whose report states it", () => {
    const raw = `"Exports will fall by a tenth next year," the Harbour Fund report stated.`;
    expect(speakerOf(raw, "Exports will fall")).toBe("Harbour Fund");
  });

  it('reads "as a … memo put it" after the quote', () => {
    const raw = `Applicants must show "proof of steady earnings," as a Port Authority memo put it.`;
    expect(speakerOf(raw, "proof of steady")).toBe("Port Authority");
  });

  it("leaves a person's memo alone", () => {
    const raw = `Tom Hale left the board in May. "We won," the Hale memo said.`;
    expect(speakerOf(raw, "We won")).toBeNull();
  });
});

describe("a question or an exclamation before its attribution", () => {
  it("goes on to the attribution with an aside and a long tail", () => {
    const raw = `"Is the ferry late again?" Hale, a retired pilot, asked the driver cheerfully at the bus stop on the corner of Main Street. "It always is."`;
    expect(speakerOf(raw, "Is the ferry late")).toBe("Hale");
  });

  it("still leaves a statement followed by a new sentence alone", () => {
    const raw = `Ana Ruiz spoke first. "We are done." Tom Hale said later that the talks would go on, and they did.`;
    expect(speakerOf(raw, "We are done")).toBe("Ana Ruiz");
  });
});

describe("a relative clause about the one spoken to", () => {
  it("gives the quote after a second 'that' to the one who told", () => {
    const raw = `At the forum, Tom Hale, the harbour master, gently told a fisherman who suggested that the quotas were unfair that "every boat gets the same share this year."`;
    expect(speakerOf(raw, "every boat gets")).toBe("Tom Hale");
  });

  it("still gives a question asked by the one 'who' is about to nobody named", () => {
    const raw = `Tom Hale met a young man. Hale told a young man who asked, "Why vote at all?"`;
    expect(speakerOf(raw, "Why vote")).toBeNull();
  });
});

describe("a list of quotes joined by 'and'", () => {
  it("keeps the last item with the list's speaker, not the attribution after it", () => {
    const raw = `"Is he done?" Ana Ruiz said to her son, and while Tom Hale spoke of "a cleaner harbour," and "cheaper ferries" and "new jobs on the docks," Ruiz said yes and kept clapping.`;
    expect(speakerOf(raw, "new jobs on the docks")).toBe("Tom Hale");
    expect(speakerOf(raw, "a cleaner harbour")).toBe("Tom Hale");
  });
});

describe("names that are not a person's full name", () => {
  it("does not lengthen a surname into a show named after the person", () => {
    const raw = `Ruiz spoke on The Ana Ruiz Show, a show like no other. "We won," Ruiz said.`;
    expect(speakerOf(raw, "We won")).toBe("Ruiz");
  });

  it("does not read a person and their university as one organisation", () => {
    const raw = `"The court will not take the case," said Tom Hale of the University of Dover School of Law. "I doubt it."`;
    expect(speakerOf(raw, "will not take the case")).toBe("Tom Hale");
    expect(speakerOf(raw, "I doubt it")).toBe("Tom Hale");
  });

  it("gives the quote to the person before 'of' when the attribution comes first", () => {
    const raw = `"The dredging will take two more years," Tom Hale of the Harbour Center for Port Studies wrote in May.`;
    expect(speakerOf(raw, "dredging")).toBe("Tom Hale");
  });

  it("still reads an organisation with 'of' as the speaker", () => {
    const raw = `"The court will not take the case," said the University of Dover School of Law.`;
    expect(speakerOf(raw, "will not take the case")).toBe("University of Dover School of Law");
  });
});

describe("a paragraph signed at its end", () => {
  it("gives a quote to the signer even when a mark inside it closes the quote early", () => {
    const raw = `“We were told the new road would “help everyone” but my shop has lost half its customers.” ― Ana Ruiz\n\n“He is no leader. He is a boss.” ― Tom B. Hale`;
    expect(speakerOf(raw, "We were told")).toBe("Ana Ruiz");
    expect(speakerOf(raw, "He is no leader")).toBe("Tom B. Hale");
  });
});
