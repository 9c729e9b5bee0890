import { describe, expect, it } from "vitest";
import { checkDraftForPublish } from "@/lib/teacher-lessons/check-draft";
import { parseQuestionForm } from "@/lib/teacher-lessons/question-form";

const SOURCE = {
  id: "t-abcdefghij",
  body: "Rubio told senators that the plan was a US proposal. “We wrote it,” Rubio said on Sunday.\n\nThe talks began in Geneva.",
};

const form = (fields: Record<string, unknown>) => ({
  kind: "speaker",
  skill: "who-said",
  prompt: "Who said “We wrote it”?",
  explanation: "The attribution names Rubio.",
  "option-0-text": "Marco Rubio",
  "option-1-text": "Steve Witkoff",
  "option-1-misconception": "Takes a person named nearby for the speaker",
  correct: "0",
  evidence: "“We wrote it,” Rubio said on Sunday.",
  ...fields,
});

describe("a question typed into the review form", () => {
  it("becomes a content question with its evidence found in the source", () => {
    const result = parseQuestionForm(form({}), { id: "own-1", sources: [SOURCE] });
    expect(result).toMatchObject({
      ok: true,
      question: {
        id: "own-1",
        kind: "speaker",
        answer: ["marco-rubio"],
        options: [
          { id: "marco-rubio", feedback: "Right." },
          { id: "steve-witkoff", misconception: expect.any(String) },
        ],
        evidence: [{ source: SOURCE.id, quote: "“We wrote it,” Rubio said on Sunday." }],
      },
    });
  });

  it("takes the judgement kinds, the level chosen and the two-tier box; the kind's level by default", () => {
    const judged = parseQuestionForm(
      form({ kind: "evidence-check", skill: "evidence", level: "evaluate", markEvidence: "on" }),
      { id: "own-2", sources: [SOURCE] },
    );
    expect(judged).toMatchObject({
      ok: true,
      question: { kind: "evidence-check", level: "evaluate", markEvidence: true },
    });
    const plain = parseQuestionForm(form({}), { id: "own-3", sources: [SOURCE] });
    expect(plain.ok && [plain.question.level, plain.question.markEvidence]).toEqual([undefined, undefined]);
    expect(parseQuestionForm(form({ level: "hardest" }), { id: "own-4", sources: [SOURCE] })).toMatchObject({
      ok: false,
      errors: { level: ["Choose recall, apply or evaluate."] },
    });
  });

  it("keeps existing option ids, so an unchanged question keeps its version", () => {
    const result = parseQuestionForm(form({ "option-0-id": "rubio", "option-1-id": "witkoff" }), {
      id: "q",
      sources: [SOURCE],
    });
    expect(result.ok && result.question.options.map((o) => o.id)).toEqual(["rubio", "witkoff"]);
  });

  it("keeps an option the teacher ticked 'keep in place' pinned, and refuses two options that say the same", () => {
    const pinned = parseQuestionForm(
      form({
        "option-2-text": "Both of them",
        "option-2-misconception": "Counts a bystander",
        "option-2-pinned": "on",
      }),
      { id: "q", sources: [SOURCE] },
    );
    expect(pinned.ok && pinned.question.options.map((o) => o.pinned ?? false)).toEqual([false, false, true]);
    const same = parseQuestionForm(form({ "option-1-text": "marco rubio." }), { id: "q", sources: [SOURCE] });
    expect(same).toMatchObject({
      ok: false,
      errors: { "option-1-text": [expect.stringMatching(/say the same thing/)] },
    });
  });

  it("refuses evidence that is not in the article word for word, on the evidence field", () => {
    const result = parseQuestionForm(form({ evidence: "“We wrote it”, Rubio said on Sunday." }), {
      id: "q",
      sources: [SOURCE],
    });
    expect(result).toMatchObject({
      ok: false,
      errors: { evidence: [expect.stringMatching(/not in the article word for word/)] },
    });
  });

  it("asks for a misconception on a wrong option, on that option's field", () => {
    const result = parseQuestionForm(form({ "option-1-misconception": "" }), { id: "q", sources: [SOURCE] });
    expect(result).toMatchObject({
      ok: false,
      errors: { "option-1-misconception": [expect.stringMatching(/misconception/)] },
    });
  });

  it("needs a right answer, two options and a prompt", () => {
    const result = parseQuestionForm(form({ correct: undefined, "option-1-text": "", prompt: " " }), {
      id: "q",
      sources: [SOURCE],
    });
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.errors).sort()).toEqual(["correct", "options", "prompt"]);
  });

  it("checks highlight options are sentences of the article", () => {
    const highlight = {
      kind: "highlight",
      skill: "statement-kind",
      prompt: "Select the sentences that quote Rubio.",
      explanation: "Quotation marks.",
      "option-0-text": "“We wrote it,” Rubio said on Sunday.",
      "option-1-text": "The talks began in Geneva.",
      "option-2-text": "The talks began in Vienna.",
      correct: ["0"],
    };
    const result = parseQuestionForm(highlight, { id: "h", sources: [SOURCE] });
    expect(result).toMatchObject({
      ok: false,
      errors: { "option-2-text": [expect.stringMatching(/not an exact substring/)] },
    });
    const fixed = parseQuestionForm({ ...highlight, "option-2-text": "" }, { id: "h", sources: [SOURCE] });
    expect(fixed).toMatchObject({
      ok: true,
      question: { source: SOURCE.id, evidence: [{ quote: "“We wrote it,” Rubio said on Sunday." }] },
    });
  });
});

describe("a written question typed into the review form", () => {
  const written = (fields: Record<string, unknown>) => ({
    kind: "written",
    skill: "evidence",
    prompt: "Who wrote the plan, according to Rubio? Give a reason from the article.",
    explanation: "Rubio claims authorship in his own words.",
    modelAnswer: "Rubio says the US wrote it: he told senators it was a US proposal and said “We wrote it.”",
    "rubric-beginning": "No answer, or no reason from the article.",
    "rubric-emerging": "Names the US but the reason is vague.",
    "rubric-mastery": "Names the US and quotes Rubio's words.",
    evidence: "Rubio told senators that the plan was a US proposal.",
    ...fields,
  });

  it("becomes a content question with a model answer, a rubric and evidence, and no options", () => {
    const result = parseQuestionForm(written({ markEvidence: "on" }), { id: "own-5", sources: [SOURCE] });
    expect(result).toEqual({
      ok: true,
      question: {
        id: "own-5",
        kind: "written",
        skill: "evidence",
        prompt: "Who wrote the plan, according to Rubio? Give a reason from the article.",
        explanation: "Rubio claims authorship in his own words.",
        options: [],
        answer: [],
        markEvidence: true,
        modelAnswer: "Rubio says the US wrote it: he told senators it was a US proposal and said “We wrote it.”",
        rubric: {
          beginning: "No answer, or no reason from the article.",
          emerging: "Names the US but the reason is vague.",
          mastery: "Names the US and quotes Rubio's words.",
        },
        evidence: [{ source: SOURCE.id, quote: "Rubio told senators that the plan was a US proposal." }],
      },
    });
    if (!result.ok) return;
    expect(checkDraftForPublish("t-lesson0001", [result.question], [SOURCE])).toMatchObject({
      ok: true,
      questions: [{ kind: "written", options: [], rubric: { mastery: expect.any(String) } }],
    });
  });

  it("asks for the model answer and every rubric level, on their own fields", () => {
    const result = parseQuestionForm(
      written({ modelAnswer: " ", "rubric-emerging": "", "rubric-mastery": undefined }),
      {
        id: "q",
        sources: [SOURCE],
      },
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        modelAnswer: ["Write a model answer: students read it after answering."],
        "rubric-emerging": ["Describe what an Emerging answer does."],
        "rubric-mastery": ["Describe what a Mastery answer does."],
      },
    });
    const long = parseQuestionForm(written({ "rubric-beginning": "x".repeat(501) }), { id: "q", sources: [SOURCE] });
    expect(long).toMatchObject({ ok: false, errors: { "rubric-beginning": [expect.stringMatching(/500/)] } });
  });

  it("ignores option rows and ticks posted with it, and still needs its evidence in the article", () => {
    const withOptions = parseQuestionForm(
      written({ "option-0-text": "Marco Rubio", "option-1-text": "Steve Witkoff", correct: "0" }),
      { id: "q", sources: [SOURCE] },
    );
    expect(withOptions).toMatchObject({ ok: true, question: { options: [], answer: [] } });
    const noEvidence = parseQuestionForm(written({ evidence: "" }), { id: "q", sources: [SOURCE] });
    expect(noEvidence).toEqual({
      ok: false,
      errors: { evidence: ["Paste at least one passage from the article that shows the answer."] },
    });
  });
});

describe("publishing a draft", () => {
  const good = parseQuestionForm(form({}), { id: "own-1", sources: [SOURCE] });
  if (!good.ok) throw new Error("fixture");

  it("namespaces question ids by the lesson and resolves evidence offsets", () => {
    const checked = checkDraftForPublish("t-lesson0001", [good.question], [SOURCE]);
    expect(checked).toMatchObject({
      ok: true,
      questions: [
        { id: "t-lesson0001-own-1", lessonId: "t-lesson0001", evidence: [{ start: SOURCE.body.indexOf("“We") }] },
      ],
    });
  });

  it("refuses a question whose evidence no longer matches the source", () => {
    const edited = { ...good.question, evidence: [{ source: SOURCE.id, quote: "Rubio said on Monday." }] };
    const checked = checkDraftForPublish("t-lesson0001", [good.question, edited], [SOURCE]);
    expect(checked).toMatchObject({
      ok: false,
      problems: [{ position: 2, messages: [expect.stringMatching(/not an exact substring/)] }],
    });
  });

  it("refuses an empty lesson", () => {
    expect(checkDraftForPublish("t-lesson0001", [], [SOURCE]).ok).toBe(false);
  });
});
