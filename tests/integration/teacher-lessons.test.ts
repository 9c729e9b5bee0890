import { readFileSync } from "node:fs";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  addSourceAction,
  deleteLessonAction,
  deleteQuestionAction,
  publishLessonAction,
  saveLessonDetailsAction,
  saveQuestionAction,
} from "@/app/teach/lessons/actions";
import { prepareImportAction, saveImportedSourceAction } from "@/app/teach/sources/actions";
import { db } from "@/db";
import { recordAnswerNow } from "@/tests/support/record-answer";
import { isAssignableLesson } from "@/db/queries/lessons";
import { listPublicQuestions } from "@/db/queries/lesson-questions";
import { getAuthoredLessonReading, getLessonDraft, listAuthoredLessons } from "@/db/queries/teacher-lessons";
import type { SessionUser } from "@/db/queries/users";
import { assignments, lessons, sources } from "@/db/schema";
import type { FormState } from "@/lib/form-state";
import { estimateLessonMinutes } from "@/lib/teacher-lessons/estimate-minutes";
import { createAccount, createClassWithStudents, deleteAccounts, formData } from "../support/classroom";
import { Redirected, signInAs } from "../support/mock-session";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/navigation", async () => (await import("../support/mock-session")).navigationModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

const KYIV = readFileSync("content/sources/kyiv-independent-2025-11-24-secretive-negotiations.txt", "utf8")
  .split(/^---$/m)[2]!
  .trim();
const KAIZEN = readFileSync("content/sources/kaizen-2025-11-24-backroom-peace-plan.txt", "utf8")
  .split(/^---$/m)[2]!
  .trim();
const ARTICLE = {
  title: "Peace talks",
  outlet: "The Kyiv Independent",
  author: "Volodymyr Ivanyshyn",
  published: "2025-11-23",
  genre: "news-report",
  body: KYIV,
};

let author: SessionUser, otherTeacher: SessionUser, student: SessionUser, outsider: SessionUser;
let lessonId: string;

async function importArticle(as: SessionUser, fields: Record<string, string> = ARTICLE): Promise<string> {
  signInAs(as);
  const error = await saveImportedSourceAction({}, formData(fields)).catch((e: unknown) => e);
  if (!(error instanceof Redirected)) throw new Error(`expected a redirect, got ${JSON.stringify(error)}`);
  return /\/teach\/lessons\/(t-[a-z0-9]+)\/edit$/.exec(error.url)![1]!;
}

beforeAll(async () => {
  [author, otherTeacher, student, outsider] = await Promise.all([
    createAccount("teacher", "Author Teacher"),
    createAccount("teacher", "Other Teacher"),
    createAccount("student", "Class Student"),
    createAccount("student", "Outsider Student"),
  ]);
  await createClassWithStudents(author.id, { name: "Media literacy" }, [student]);
  lessonId = await importArticle(author);
});

afterAll(async () => {
  signInAs(null);
  const owners = [author, otherTeacher].filter(Boolean).map((u) => u.id);
  const owned = await db.select({ id: lessons.id }).from(lessons).where(inArray(lessons.ownerId, owners));
  if (owned.length)
    await db.delete(assignments).where(
      inArray(
        assignments.lessonId,
        owned.map((l) => l.id),
      ),
    );
  await db.delete(lessons).where(inArray(lessons.ownerId, owners));
  await db.delete(sources).where(inArray(sources.ownerId, owners));
  await deleteAccounts([author, otherTeacher, student, outsider].filter(Boolean).map((u) => u.id));
});

describe("importing an article", () => {
  it("stores the source as the author's and drafts a lesson of suggested questions", async () => {
    const draft = await getLessonDraft(author, lessonId);
    expect(draft).toMatchObject({ status: "draft", sources: [{ outlet: "The Kyiv Independent", body: KYIV }] });
    expect(draft!.questions.length).toBeGreaterThanOrEqual(5);
    expect(draft!.questions.some((q) => q.kind === "speaker")).toBe(true);
  });

  it.each([
    ["empty text", { text: "   " }, /Paste the article's text/],
    [
      "a binary file",
      { file: new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])], "photo.txt") },
      /not a text file/,
    ],
    ["an unknown file type", { file: new File(["%PDF-1.7"], "article.pdf") }, /not a file Byline reads/],
    ["a file over 1 MB", { file: new File(["a".repeat(1_100_000)], "big.txt") }, /over 1 MB/],
    ["text over 1 MB", { text: "word ".repeat(220_000) }, /more than 1 MB/],
    [
      "a file that is not UTF-8",
      { file: new File([new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72])], "latin1.txt") },
      /not UTF-8/,
    ],
  ])("refuses %s with a clear message", async (_what, fields, message) => {
    signInAs(author);
    const state = await prepareImportAction({}, formData(fields as Record<string, string | File>));
    expect(state.ok).toBeUndefined();
    expect(state.message).toMatch(message);
  });

  it("reads a hostile HTML page as text only and says what it removed", async () => {
    signInAs(author);
    const html = readFileSync("tests/fixtures/import/hostile.html", "utf8");
    const state = await prepareImportAction(
      {},
      formData({ file: new File([html], "page.html", { type: "text/html" }) }),
    );
    expect(state.ok).toBe(true);
    expect(state.result!.notices.join(" ")).toMatch(/script/);
    const body = state.result!.body;
    expect(body).toMatch(/^Dock workers at the port of Eastham/);
    expect(state.result!.title).toBe("Port workers vote to strike");
    // Only the article's text survives: no handler, script body, link target or form; the
    // escaped tag the article itself talks about stays as its words.
    expect(body).not.toMatch(/head script|onload|onclick|onerror|'svg'|iframe|javascript:|evil\.example|password/);
    expect(body).toContain("Writing <script>window.__pwned = 'escaped'</script> in an article is text");
  });

  it("refuses step 1 and step 2 to students and signed-out visitors", async () => {
    for (const who of [student, null]) {
      signInAs(who);
      expect((await prepareImportAction({}, formData({ text: KYIV }))).ok).toBeUndefined();
      expect((await saveImportedSourceAction({}, formData(ARTICLE))).message).toMatch(/not allowed|session/);
    }
  });

  it("refuses an article without its details, keeping what was typed", async () => {
    signInAs(author);
    const state = (await saveImportedSourceAction(
      {},
      formData({ ...ARTICLE, outlet: "", genre: "satire", url: "javascript:alert(1)" }),
    )) as FormState;
    expect(Object.keys(state.errors ?? {}).sort()).toEqual(["genre", "outlet", "url"]);
    expect(state.values?.body).toBe(KYIV);
  });

  it("refuses an article without its author, handing back every field as typed, the genre too", async () => {
    signInAs(author);
    const typed = {
      ...ARTICLE,
      author: "",
      authorRole: "News editor",
      genre: "opinion",
      url: "https://kyivindependent.com/secretive-us-russia-peace-negotiations",
      section: "Politics",
      captureNote: "Pasted from the outlet's page; the bio left out.",
    };
    const state = (await saveImportedSourceAction({}, formData(typed))) as FormState;
    expect(Object.keys(state.errors ?? {})).toEqual(["author"]);
    expect(state.values).toEqual(typed);
  });

  it("estimates the draft's minutes from the article's length and its questions", async () => {
    const draft = (await getLessonDraft(author, lessonId))!;
    expect(draft.estimatedMinutes).toBe(estimateLessonMinutes([KYIV], draft.questions.length));
  });
});

describe("a draft", () => {
  it("is invisible to students, even in the author's class", async () => {
    expect(await getAuthoredLessonReading(lessonId, student.id)).toBeNull();
    expect(await listPublicQuestions(lessonId, student.id)).toEqual([]);
  });

  it("cannot be edited, published or assigned by another teacher", async () => {
    signInAs(otherTeacher);
    const draft = (await getLessonDraft(author, lessonId))!;
    const refused = [
      await saveLessonDetailsAction({}, formData({ lessonId, title: "Mine now", summary: "x", estimatedMinutes: "5" })),
      await deleteQuestionAction({}, formData({ lessonId, questionId: draft.questions[0]!.id })),
      await publishLessonAction({}, formData({ lessonId })),
    ];
    for (const state of refused) expect(state.message).toMatch(/not one of yours/);
    expect(await getLessonDraft(otherTeacher, lessonId)).toBeNull();
    expect((await getLessonDraft(author, lessonId))!.questions).toHaveLength(draft.questions.length);
  });

  it("takes an edited question only when its evidence is verbatim", async () => {
    signInAs(author);
    const draft = (await getLessonDraft(author, lessonId))!;
    const q = draft.questions.find((x) => x.kind === "speaker")!;
    const fields: Record<string, string> = {
      lessonId,
      questionId: q.id,
      kind: q.kind,
      skill: q.skill,
      prompt: "Who is quoted here?",
      explanation: q.explanation,
      correct: "0",
    };
    const ordered = [...q.options].sort((a) => (q.answer.includes(a.id) ? -1 : 1));
    ordered.forEach((o, i) =>
      Object.assign(fields, {
        [`option-${i}-id`]: o.id,
        [`option-${i}-text`]: o.text,
        [`option-${i}-feedback`]: o.feedback,
        [`option-${i}-misconception`]: o.misconception ?? "",
      }),
    );
    const bad = await saveQuestionAction({}, formData({ ...fields, evidence: "Words that are not in the article." }));
    expect(bad.errors?.evidence?.[0]).toMatch(/word for word/);
    const good = await saveQuestionAction({}, formData({ ...fields, evidence: q.evidence[0]!.quote }));
    expect(good).toMatchObject({ ok: true });
    const after = (await getLessonDraft(author, lessonId))!.questions.find((x) => x.id === q.id)!;
    expect(after).toMatchObject({ prompt: "Who is quoted here?", answer: q.answer });
  });

  it("adds a written question of the teacher's own: a model answer and a rubric, no options", async () => {
    signInAs(author);
    const before = (await getLessonDraft(author, lessonId))!.questions.length;
    const evidence = (await getLessonDraft(author, lessonId))!.questions[0]!.evidence[0]!.quote;
    const fields = {
      lessonId,
      questionId: "",
      kind: "written",
      skill: "sourcing",
      level: "evaluate",
      prompt: "Where does the article get this? Say it in two sentences.",
      explanation: "The sentence names its source.",
      modelAnswer: "It relays another outlet's reporting.",
      "rubric-beginning": "Names no source.",
      "rubric-emerging": "Names the source.",
      "rubric-mastery": "Names the source and what is not said about it.",
      evidence,
    };
    const missing = await saveQuestionAction({}, formData({ ...fields, modelAnswer: "" }));
    expect(missing.errors?.modelAnswer).toBeDefined();
    expect(await saveQuestionAction({}, formData(fields))).toMatchObject({ ok: true });
    const questions = (await getLessonDraft(author, lessonId))!.questions;
    expect(questions).toHaveLength(before + 1);
    expect(questions.at(-1)).toMatchObject({
      kind: "written",
      options: [],
      answer: [],
      modelAnswer: "It relays another outlet's reporting.",
      rubric: { emerging: "Names the source." },
    });
  });

  it("groups a second article and drafts questions across both", async () => {
    const second = await importArticle(author, {
      ...ARTICLE,
      title: "A backroom plan",
      outlet: "Kaizen",
      author: "Rainer Hofmann",
      published: "2025-11-24",
      genre: "opinion",
      body: KAIZEN,
    });
    const kaizenSource = (await getLessonDraft(author, second))!.sources[0]!.id;
    signInAs(author);
    expect(await addSourceAction({}, formData({ lessonId, sourceId: kaizenSource }))).toMatchObject({ ok: true });
    const draft = (await getLessonDraft(author, lessonId))!;
    expect(draft.sources.map((s) => s.outlet)).toEqual(["The Kyiv Independent", "Kaizen"]);
    expect(draft.questions.some((q) => q.kind === "outlet-attribution" || q.kind === "compare-coverage")).toBe(true);
    signInAs(otherTeacher);
    expect((await addSourceAction({}, formData({ lessonId, sourceId: kaizenSource }))).message).toMatch(
      /not one of yours/,
    );
  });
});

describe("a published lesson", () => {
  beforeAll(async () => {
    signInAs(author);
    const published = await publishLessonAction({}, formData({ lessonId }));
    expect(published).toMatchObject({ ok: true });
  });

  it("takes its minutes from both its articles and the questions kept, on first publishing", async () => {
    const lesson = (await getLessonDraft(author, lessonId))!;
    expect(lesson.sources).toHaveLength(2);
    expect(lesson.estimatedMinutes).toBe(estimateLessonMinutes([KYIV, KAIZEN], lesson.questions.length));
  });

  it("is read by the author's students, with questions that carry no key", async () => {
    expect(await getAuthoredLessonReading(lessonId, student.id)).toMatchObject({ id: lessonId });
    const questions = await listPublicQuestions(lessonId, student.id);
    expect(questions.length).toBeGreaterThan(0);
    expect(JSON.stringify(questions)).not.toMatch(/"(answer|feedback|explanation|misconception|modelAnswer|rubric)"/);
    expect((await listAuthoredLessons(student.id)).map((l) => l.id)).toContain(lessonId);
  });

  it("takes the class student's answers and refuses anyone else's", async () => {
    const [q] = await listPublicQuestions(lessonId, student.id);
    const chosen = [q!.options[0]!.id];
    expect(await recordAnswerNow({ userId: student.id, lessonId, questionId: q!.id, chosen })).toHaveProperty(
      "fresh",
      true,
    );
    // The lesson is not theirs to read, so its question is not there for them.
    expect(await recordAnswerNow({ userId: outsider.id, lessonId, questionId: q!.id, chosen })).toEqual({
      refusal: "question-gone",
    });
    expect(await getAuthoredLessonReading(lessonId, outsider.id)).toBeNull();
    expect(await listPublicQuestions(lessonId, outsider.id)).toEqual([]);
    expect((await listAuthoredLessons(outsider.id)).map((l) => l.id)).not.toContain(lessonId);
  });

  it("takes a written answer to the teacher's own written question, unscored until reviewed", async () => {
    const written = (await listPublicQuestions(lessonId, student.id)).find((q) => q.kind === "written")!;
    expect(written.options).toEqual([]);
    const sent = await recordAnswerNow({
      userId: student.id,
      lessonId,
      questionId: written.id,
      chosen: [],
      response: "It relays Bloomberg.",
    });
    expect(sent).toMatchObject({ fresh: true, score: null, correct: null, response: "It relays Bloomberg." });
  });

  it("is assignable by its author, and by another teacher only once shared", async () => {
    expect(await isAssignableLesson(author, lessonId)).toBe(true);
    expect(await isAssignableLesson(otherTeacher, lessonId)).toBe(false);
    signInAs(author);
    const draft = (await getLessonDraft(author, lessonId))!;
    await saveLessonDetailsAction(
      {},
      formData({ lessonId, title: draft.title, summary: draft.summary, estimatedMinutes: "12", shared: "on" }),
    );
    expect(await isAssignableLesson(otherTeacher, lessonId)).toBe(true);
    expect(await getLessonDraft(otherTeacher, lessonId)).toBeNull();
  });

  it("will not publish a question whose evidence was broken", async () => {
    const [row] = await db.select({ draft: lessons.draftQuestions }).from(lessons).where(eq(lessons.id, lessonId));
    const broken = row!.draft!.map((q, i) =>
      i === 0 ? { ...q, evidence: [{ source: q.evidence[0]!.source, quote: "Not in the article at all." }] } : q,
    );
    await db.update(lessons).set({ draftQuestions: broken }).where(eq(lessons.id, lessonId));
    signInAs(author);
    const state = await publishLessonAction({}, formData({ lessonId }));
    expect(state.message).toMatch(/Not published/);
    expect(state.result?.[0]).toMatchObject({
      position: 1,
      messages: [expect.stringMatching(/not an exact substring/)],
    });
  });
});

describe("deleting a lesson", () => {
  const exists = async (table: typeof lessons | typeof sources, id: string) =>
    (await db.select({ id: table.id }).from(table).where(eq(table.id, id))).length === 1;
  const articlesOf = async (id: string) => (await getLessonDraft(author, id))!.sources.map((s) => s.id);

  it("needs the box ticked, and only its author (or an admin) may do it", async () => {
    const id = await importArticle(author);
    signInAs(author);
    expect(await deleteLessonAction({}, formData({ lessonId: id }))).toMatchObject({
      errors: { confirm: [expect.stringMatching(/Tick the box/)] },
    });
    signInAs(otherTeacher);
    expect(await deleteLessonAction({}, formData({ lessonId: id, confirm: "yes" }))).toMatchObject({
      message: expect.stringMatching(/not one of yours/),
    });
    signInAs(student);
    expect(await deleteLessonAction({}, formData({ lessonId: id, confirm: "yes" }))).toMatchObject({
      message: expect.stringMatching(/not allowed/),
    });
    expect(await exists(lessons, id)).toBe(true);
  });

  it("deletes a draft with its questions and its article, and sends the teacher back with a notice", async () => {
    const id = await importArticle(author);
    const [article] = await articlesOf(id);
    signInAs(author);
    const result = await deleteLessonAction({}, formData({ lessonId: id, confirm: "yes" })).catch((e: unknown) => e);
    expect(result).toBeInstanceOf(Redirected);
    expect((result as Redirected).url).toBe("/teach?deleted=lesson");
    expect(await exists(lessons, id)).toBe(false);
    expect(await exists(sources, article!)).toBe(false);
  });

  it("keeps an article another lesson still uses", async () => {
    const first = await importArticle(author);
    const second = await importArticle(author);
    const [article] = await articlesOf(second);
    signInAs(author);
    expect(await addSourceAction({}, formData({ lessonId: first, sourceId: article! }))).toMatchObject({ ok: true });
    await deleteLessonAction({}, formData({ lessonId: second, confirm: "yes" })).catch(() => undefined);
    expect(await exists(lessons, second)).toBe(false);
    expect(await exists(sources, article!)).toBe(true);
  });

  it("is refused while a class has it assigned, and once students have answered it", async () => {
    // The published lesson above, which the class student answered.
    signInAs(author);
    expect(await deleteLessonAction({}, formData({ lessonId, confirm: "yes" }))).toMatchObject({
      message: expect.stringMatching(/Students have answered/),
    });
    expect(await exists(lessons, lessonId)).toBe(true);

    const unanswered = await importArticle(author);
    signInAs(author);
    expect(await publishLessonAction({}, formData({ lessonId: unanswered }))).toMatchObject({ ok: true });
    const classId = await createClassWithStudents(author.id, { name: "Assigned here" }, []);
    await db
      .insert(assignments)
      .values({ classId, lessonId: unanswered, createdById: author.id, dueAt: new Date(Date.now() + 86_400_000) });
    expect(await deleteLessonAction({}, formData({ lessonId: unanswered, confirm: "yes" }))).toMatchObject({
      message: expect.stringMatching(/assigned to a class/),
    });
    expect(await exists(lessons, unanswered)).toBe(true);
  });
});
