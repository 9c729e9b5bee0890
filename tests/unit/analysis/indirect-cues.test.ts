import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";

// Sentences written for this test: which cues report content, and where that content lies.
const reported = (sentence: string) =>
  analyzeArticle(sentence)
    .quotes.filter((q) => q.kind === "indirect")
    .map((q) => sentence.slice(q.start, q.end));

describe("a cue with its 'that' further on", () => {
  it("past 'via' and a place set off by commas", () => {
    expect(reported("Clinic director Maya Lind said via email that the doors would open at noon.")).toEqual([
      "the doors would open at noon",
    ]);
    expect(reported("Ray Cole says at a town meeting in Dover, Delaware, that the bridge will close.")).toEqual([
      "the bridge will close",
    ]);
  });

  it("past a prepositional phrase with no verb in it", () => {
    expect(reported("Councillor Ann Baker said after a long lunch on Tuesday that the vote would wait.")).toEqual([
      "the vote would wait",
    ]);
  });

  it("but not a relative 'that' with its own verb", () => {
    expect(
      reported("Ann Baker told reporters after the meeting that was held downtown that the budget would pass."),
    ).toEqual([]);
  });
});

describe("questions put to someone", () => {
  it("'Asked whether …,' at the start of a sentence", () => {
    expect(reported("Asked whether the bridge would reopen, Mayor Tom Reyes shrugged.")).toEqual([
      "whether the bridge would reopen",
    ]);
  });

  it("'was asked whether …'", () => {
    expect(reported("At the hearing, Mayor Tom Reyes was asked whether the bridge would reopen.")).toEqual([
      "whether the bridge would reopen",
    ]);
  });
});

describe("other shapes of report", () => {
  it("a relative clause around the cue ('which she said would …')", () => {
    expect(
      reported("The mayor praised the new bus plan, which she said would cut travel times, and the council agreed."),
    ).toEqual(["the new bus plan", "which she said would cut travel times"]);
  });

  it("what a record of facts shows, whatever the tagger reads", () => {
    expect(reported("Another slide shows that most riders in the county want later buses.")).toEqual([
      "most riders in the county want later buses",
    ]);
    expect(reported("The state's transit average shows Baker likewise ahead by three points.")).toEqual([
      "Baker likewise ahead by three points",
    ]);
  });
});

describe("where reported content ends", () => {
  it("at a comma after the object of a noun", () => {
    expect(reported("Voters raised questions about her plan, particularly after the storm.")).toEqual(["her plan"]);
  });

  it("at ', and' after a closing quotation mark", () => {
    expect(
      reported(
        'Mayor Ann Baker said the new plan for the old river bridge was "a start," and the council voted on it.',
      ),
    ).toEqual(['the new plan for the old river bridge was "a start,"']);
  });

  it("before the speaker who follows a quotation", () => {
    expect(
      reported(
        "“It is a mess, in our view, of the county budget,” Jane Roe, the Republican treasurer of Kent County, said on Monday.",
      ),
    ).toEqual([]);
  });
});

describe("no report", () => {
  it("after the frame of a quotation: an audience, a time", () => {
    expect(reported('"We are done here," Mayor Tom Reyes told local radio host Ann Lee on Friday.')).toEqual([]);
    expect(reported('"We are done here," Mayor Tom Reyes said late on Friday.')).toEqual([]);
  });

  it("'pledged delegates', 'going back to', 'in states that'", () => {
    expect(reported("Ann Baker holds a lead in pledged delegates over her rival.")).toEqual([]);
    expect(reported("Ticket prices going back to 1990 worry the council.")).toEqual([]);
    expect(reported("Farmers in states that grow corn will get aid.")).toEqual([]);
  });

  it("'to support' as a purpose", () => {
    expect(reported("Ann Baker will work hard to support the new library.")).toEqual([]);
  });

  it("'mean that', 'that year', 'feeling'", () => {
    expect(reported("Higher fees mean that fewer families will ride the bus.")).toEqual([]);
    expect(reported("They ran an ad campaign that year against the mayor.")).toEqual([]);
    expect(reported("Families are feeling the pinch of higher fares.")).toEqual([]);
  });

  it("'the deadly attack on …', 'support to', 'a push to'", () => {
    expect(reported("The deadly attack on the depot shocked the town.")).toEqual([]);
    expect(reported("Ann Baker gave her support to local farmers in May.")).toEqual([]);
    expect(reported("The council heard a push to repave every road.")).toEqual([]);
  });
});
