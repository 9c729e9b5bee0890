import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { createAssignment } from "@/db/mutations/assignments";
import { listPublicQuestions } from "@/db/queries/lesson-questions";
import type { SessionUser } from "@/db/queries/users";
import { syncContent } from "@/db/sync-content";
import { CONTENT_DIR, loadContent } from "@/lib/content/load-content";
import { reviveQuizView, type QuizView } from "@/lib/quiz/quiz-view";
import { shownOptionOrder } from "@/lib/quiz/shown-order";
import { loadQuizView } from "@/server/quiz/quiz-view";
import { createAccount, createClassWithStudents, deleteAccounts } from "@/tests/support/classroom";
import { signInAs } from "@/tests/support/mock-session";
import { recordAnswerNow } from "@/tests/support/record-answer";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());

// The canary lesson (tests/fixtures/canary-content): its key-side fields carry these markers only.
const LESSON = "canary-lesson";
const SECRET = /CANARY-[A-Z-]+-[0-9a-f]{4}|"answer"\s*:/;
const DAY = 86_400_000;

describe("the quiz's view, as the server renders it and as the lesson page fetches it", () => {
  let student: SessionUser;
  let other: SessionUser;
  let teacher: SessionUser;
  let assignmentId: string;
  let laterId: string;

  beforeAll(async () => {
    await syncContent(db, loadContent([CONTENT_DIR, path.join(process.cwd(), "tests/fixtures/canary-content")]));
    [student, other, teacher] = await Promise.all([
      createAccount("student", "View Student", "Europe/Paris"),
      createAccount("student", "Other Student"),
      createAccount("teacher", "View Teacher"),
    ]);
    const classId = await createClassWithStudents(teacher.id, { name: "View class" }, [student, other]);
    const plan = { classId, lessonId: LESSON, createdById: teacher.id, studentIds: [student.id] };
    const now = await createAssignment({ ...plan, opensAt: null, dueAt: new Date(Date.now() + DAY) });
    const later = await createAssignment({
      ...plan,
      opensAt: new Date(Date.now() + DAY),
      dueAt: new Date(Date.now() + 2 * DAY),
    });
    if (!now.ok || !later.ok) throw new Error("assignments not created");
    [assignmentId, laterId] = [now.id, later.id];
  });

  afterAll(async () => {
    signInAs(null);
    await deleteAccounts([student, other, teacher].filter(Boolean).map((u) => u.id));
    await syncContent(db, loadContent(CONTENT_DIR));
  });

  const view = (user: SessionUser | null, extra: { assignmentParam?: string; answeredParam?: string } = {}) =>
    loadQuizView({ lessonId: LESSON, demo: false, user, ...extra });

  it("asks a guest to sign in on a lesson that is not a demo, and comes back to it", async () => {
    expect(await view(null)).toEqual({ kind: "sign-in", next: `/lessons/${LESSON}` });
    expect(await view(null, { assignmentParam: assignmentId })).toEqual({
      kind: "sign-in",
      next: `/lessons/${LESSON}?assignment=${assignmentId}`,
    });
  });

  it("shows the first question in the order drawn for this student, without its key, and survives JSON", async () => {
    const shown = await view(student, { assignmentParam: assignmentId });
    expect(shown).toMatchObject({ kind: "quiz", assignmentId, answered: 0, total: 2, attempt: 1, results: null });
    if (shown.kind !== "quiz") throw new Error(shown.kind);
    expect(shown.notice).toMatchObject({ kind: "assignment", timeZone: "Europe/Paris" });
    const question = shown.question!;
    expect(question.id).toBe("canary-question-one");
    const seat = { subject: student.id, lessonId: LESSON, assignmentId, attempt: 1, questionId: question.id };
    const authored = (await listPublicQuestions(LESSON, student.id)).find((q) => q.id === question.id)!.options;
    expect(question.options.map((o) => o.id)).toEqual(shownOptionOrder(authored, seat));
    const json = JSON.stringify(shown);
    expect(json).not.toMatch(SECRET);
    // Dates travel as text and come back as dates.
    expect(reviveQuizView(JSON.parse(json) as QuizView)).toEqual(shown);
  });

  it("keeps an assignment to its student, and says when one is not open yet", async () => {
    for (const param of [assignmentId, "not-a-uuid"])
      expect(await view(other, { assignmentParam: param })).toEqual({ kind: "unavailable" });
    expect(await view(teacher, { assignmentParam: assignmentId })).toEqual({ kind: "unavailable" });
    const notOpen = await view(student, { assignmentParam: laterId });
    expect(notOpen).toMatchObject({ kind: "not-open", timeZone: "Europe/Paris" });
    expect(reviveQuizView(JSON.parse(JSON.stringify(notOpen)) as QuizView)).toEqual(notOpen);
    // Practice, with the assignment pending: the notice points to it.
    expect(await view(student)).toMatchObject({
      kind: "quiz",
      assignmentId: null,
      notice: { kind: "pending", assignment: { id: assignmentId } },
    });
    expect(await view(teacher)).toMatchObject({ kind: "quiz", notice: { kind: "preview" } });
  });

  it("shows an answered question's feedback only when asked after answering, then the results", async () => {
    expect(await view(student, { assignmentParam: assignmentId, answeredParam: "canary-question-one" })).toMatchObject({
      kind: "quiz",
    });
    const answer = { userId: student.id, lessonId: LESSON, assignmentId };
    await recordAnswerNow({ ...answer, questionId: "canary-question-one", chosen: ["bloomberg"] });
    const answered = await view(student, { assignmentParam: assignmentId, answeredParam: "canary-question-one" });
    expect(answered).toMatchObject({
      kind: "answered",
      feedback: { questionId: "canary-question-one", correct: true },
    });
    const next = await view(student, { assignmentParam: assignmentId });
    expect(next).toMatchObject({ kind: "quiz", answered: 1, question: { id: "canary-question-two" } });
    expect(JSON.stringify(next)).not.toMatch(SECRET);

    await recordAnswerNow({ ...answer, questionId: "canary-question-two", chosen: ["driscoll", "vance"] });
    const done = await view(student, { assignmentParam: assignmentId });
    expect(done).toMatchObject({
      kind: "quiz",
      question: null,
      results: {
        questionIds: ["canary-question-one", "canary-question-two"],
        answered: { "canary-question-one": { correct: true, score: 1 }, "canary-question-two": { correct: true } },
        attemptNumber: 1,
        retryAllowed: true,
      },
    });
  });

  describe("GET /api/lessons/[id]/quiz", () => {
    const get = async (id: string, query = "") => {
      const { GET } = await import("@/app/api/lessons/[id]/quiz/route");
      const { NextRequest } = await import("next/server");
      return GET(new NextRequest(`http://localhost/api/lessons/${id}/quiz${query}`), {
        params: Promise.resolve({ id }),
      });
    };

    it("answers with the view, never cached, and a status that says the same", async () => {
      signInAs(null);
      const guest = await get("who-said-it");
      expect(guest.status).toBe(401);
      expect(guest.headers.get("cache-control")).toBe("private, no-store");
      expect(await guest.json()).toEqual({
        view: { kind: "sign-in", next: "/lessons/who-said-it" },
        viewer: null,
        renewSession: false,
      });

      signInAs(other);
      const notTheirs = await get("who-said-it", `?assignment=${assignmentId}`);
      expect(notTheirs.status).toBe(404);
      expect(await notTheirs.json()).toEqual({
        view: { kind: "unavailable" },
        viewer: { name: other.name, role: "student" },
        renewSession: false,
      });

      signInAs(student);
      const practice = await get("who-said-it");
      expect(practice.status).toBe(200);
      expect(((await practice.json()) as { view: QuizView }).view.kind).toBe("quiz");
    });

    it("tells the header who is signed in (name and role, nothing else) and when the cookie is due renewal", async () => {
      signInAs(student);
      const fresh = (await (await get("who-said-it")).json()) as Record<string, unknown>;
      expect(fresh.viewer).toEqual({ name: student.name, role: "student" });
      expect(fresh.renewSession).toBe(false);

      signInAs(student, { renewalDue: true });
      const due = (await (await get("who-said-it")).json()) as Record<string, unknown>;
      expect(due.renewSession).toBe(true);
    });

    it("serves built-in lessons only: a teacher's lesson and an unknown id are 404", async () => {
      signInAs(student);
      for (const id of ["t-abcdefghij", "no-such-lesson", "%00"]) {
        const response = await get(id);
        expect(response.status, id).toBe(404);
        expect(await response.json(), id).toEqual({ error: "There is no such lesson." });
      }
    });
  });
});
