import { readFileSync } from "node:fs";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { publishLessonAction, saveQuestionAction } from "@/app/teach/lessons/actions";
import { saveImportedSourceAction } from "@/app/teach/sources/actions";
import { db } from "@/db";
import { getLessonDraft } from "@/db/queries/teacher-lessons";
import type { SessionUser } from "@/db/queries/users";
import { lessons, questions, questionVersions, sources } from "@/db/schema";
import { createAccount, deleteAccounts, formData } from "../support/classroom";
import { Redirected, signInAs } from "../support/mock-session";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/navigation", async () => (await import("../support/mock-session")).navigationModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

// An article written for the tests: a joint statement of four senators, a letter two
// representatives wrote, and a quote found only by "she" two paragraphs after the name.
const BODY = readFileSync("tests/fixtures/suggestions/capitol-brief.txt", "utf8")
  .split("\n\n")
  .filter((p) => !/^(?:Lawmakers demand|By Priya)/.test(p))
  .join("\n\n");
const ARTICLE = {
  title: "Lawmakers demand answers on Ridgeview closure",
  outlet: "Capitol Brief",
  author: "Priya Nandakumar",
  published: "2026-11-13",
  genre: "news-report",
  body: BODY,
};

let teacher: SessionUser;
let lessonId: string;

beforeAll(async () => {
  teacher = await createAccount("teacher", "Reviewing Teacher");
  signInAs(teacher);
  const error = await saveImportedSourceAction({}, formData(ARTICLE)).catch((e: unknown) => e);
  if (!(error instanceof Redirected)) throw new Error(`expected a redirect, got ${JSON.stringify(error)}`);
  lessonId = /\/teach\/lessons\/(t-[a-z0-9]+)\/edit$/.exec(error.url)![1]!;
});

afterAll(async () => {
  signInAs(null);
  if (teacher) {
    await db.delete(lessons).where(inArray(lessons.ownerId, [teacher.id]));
    await db.delete(sources).where(inArray(sources.ownerId, [teacher.id]));
    await deleteAccounts([teacher.id]);
  }
});

describe("suggestions a teacher reviews", () => {
  it("key the joint statement to the four senators together and the letter to both representatives", async () => {
    const draft = (await getLessonDraft(teacher, lessonId))!;
    const keyOf = (words: string) => {
      const q = draft.questions.find((x) => x.kind === "speaker" && x.prompt.includes(words));
      return q && q.options.find((o) => o.id === q.answer[0])!.text;
    };
    expect(keyOf("The department has given us")).toBe("Ann Baker, Carl Diaz, Eve Fox and Gus Hill");
    expect(keyOf("We ask that you halt")).toBe("Nora Quill and Owen Tate");
    for (const q of draft.questions) expect(q.prompt).not.toMatch(/quotes (?:Gus Hill|Owen Tate)\b(?! and)/);
  });

  it("keep a 'Check this' note with the reasons on the drafts that need one", async () => {
    const draft = (await getLessonDraft(teacher, lessonId))!;
    const flagged = draft.questions.filter((q) => q.check);
    expect(flagged.length).toBeGreaterThan(0);
    const mobile = flagged.find((q) => q.kind === "speaker" && q.prompt.includes("Mobile clinics"))!;
    expect(mobile.check).toMatchObject({
      reasons: [expect.stringMatching(/pronoun "she"/), expect.stringMatching(/2 paragraphs before/)],
    });
    expect(draft.questions.filter((q) => !q.check).length).toBeGreaterThan(flagged.length);
  });

  it("clear the note once the teacher saves the question", async () => {
    signInAs(teacher);
    const draft = (await getLessonDraft(teacher, lessonId))!;
    const q = draft.questions.find((x) => x.check && x.kind === "speaker")!;
    const fields: Record<string, string> = {
      lessonId,
      questionId: q.id,
      kind: q.kind,
      skill: q.skill,
      prompt: q.prompt,
      explanation: q.explanation,
      correct: "0",
      evidence: q.evidence[0]!.quote,
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
    expect(await saveQuestionAction({}, formData(fields))).toMatchObject({ ok: true });
    const after = (await getLessonDraft(teacher, lessonId))!.questions.find((x) => x.id === q.id)!;
    expect(after.check).toBeUndefined();
    expect(after.answer).toEqual(q.answer);
  });

  it("publish with the notes left out of what students answer", async () => {
    signInAs(teacher);
    expect(await publishLessonAction({}, formData({ lessonId }))).toMatchObject({ ok: true });
    const published = await db
      .select({ version: questionVersions })
      .from(questionVersions)
      .innerJoin(questions, eq(questions.id, questionVersions.questionId))
      .where(eq(questions.lessonId, lessonId));
    expect(published.length).toBeGreaterThan(0);
    expect(JSON.stringify(published)).not.toMatch(/"check"|pronoun "she"|paragraphs before the quote/);
  });
});
