import "server-only";
import { z } from "zod";
import { listPublicQuestions, type PublicQuestion } from "@/db/queries/lesson-questions";
import { getQuizState, type AnsweredQuestion } from "@/db/queries/quiz-state";
import {
  findPendingAssignmentForLesson,
  getStudentAssignment,
  type StudentAssignment,
} from "@/db/queries/student-assignments";
import { getAuthoredLessonReading } from "@/db/queries/teacher-lessons";
import { getLessonReading } from "@/lib/content/catalog";
import { sentenceSpans, type MarkableArticle } from "@/lib/content/sentences";
import { readGuestProgress } from "@/server/guest-progress";
import type { SessionUser } from "@/server/session";

/** Where a student is in a lesson: the questions answered in the open attempt, and whether it is finished. */
export type QuizProgress = {
  answered: Map<string, Omit<AnsweredQuestion, "questionId">>;
  finished: boolean;
  attemptNumber: number;
};

/** The assignment the lesson page's address names, when it is one of this student's (a malformed id names none). */
export async function findQuizAssignment(user: SessionUser, assignmentId: string): Promise<StudentAssignment | null> {
  return z.uuid().safeParse(assignmentId).success ? getStudentAssignment(user.id, assignmentId) : null;
}

/** An assignment of this lesson the student has yet to finish, for a notice on the practice page. */
export async function findPendingAssignment(user: SessionUser, lessonId: string): Promise<StudentAssignment | null> {
  return findPendingAssignmentForLesson(user.id, lessonId);
}

/** The lesson's questions without their keys, as this user (null: a guest) may see them. */
export async function listQuizQuestions(lessonId: string, user: SessionUser | null): Promise<PublicQuestion[]> {
  return listPublicQuestions(lessonId, user?.id ?? null);
}

/**
 * The lesson's articles cut into sentences, for a two-tier item's marking (the keyboard steps
 * through them; without JavaScript they are the checkboxes). Built-in lessons come from the
 * content files, a teacher's from the database (already checked readable by the caller's query).
 */
async function markableArticles(lessonId: string, user: SessionUser | null): Promise<MarkableArticle[]> {
  const reading = getLessonReading(lessonId) ?? (user ? await getAuthoredLessonReading(lessonId, user.id) : null);
  return (reading?.sources ?? []).map((s) => ({
    source: s.id,
    outlet: s.outlet,
    sentences: sentenceSpans(s.body).map((span) => ({ ...span, text: s.body.slice(span.start, span.end) })),
  }));
}

/**
 * What a question is marked in, if anything: a highlight item's own sentences (its options, where
 * they lie in its article: marking them is the answer); for a two-tier item, the lesson's articles.
 */
export async function markableFor(
  question: PublicQuestion,
  lessonId: string,
  user: SessionUser | null,
): Promise<MarkableArticle[] | undefined> {
  if (question.kind === "highlight" && question.sourceId && question.optionSpans) {
    const spans = question.optionSpans;
    const outlet = (await markableArticles(lessonId, user)).find((a) => a.source === question.sourceId)?.outlet ?? "";
    const sentences = question.options.flatMap((o) => (spans[o.id] ? [{ ...spans[o.id]!, text: o.text }] : []));
    return [{ source: question.sourceId, outlet, sentences }];
  }
  return question.markEvidence ? markableArticles(lessonId, user) : undefined;
}

/**
 * Progress in the lesson: a signed-in student's from the database, per context (practice, or one
 * assignment); a guest's on a demo lesson from the signed cookie.
 */
export async function quizProgress(
  user: SessionUser | null,
  lessonId: string,
  assignmentId: string | null,
  total: number,
): Promise<QuizProgress> {
  return user ? studentProgress(user, lessonId, assignmentId) : guestProgress(lessonId, total);
}

async function studentProgress(
  user: SessionUser,
  lessonId: string,
  assignmentId: string | null,
): Promise<QuizProgress> {
  const state = await getQuizState(user.id, lessonId, assignmentId);
  return {
    answered: new Map(state.answered.map((a) => [a.questionId, a])),
    finished: state.attempt?.completed ?? false,
    attemptNumber: state.attempt?.number ?? 1,
  };
}

async function guestProgress(lessonId: string, total: number): Promise<QuizProgress> {
  const lesson = (await readGuestProgress()).lessons[lessonId];
  const answered = new Map(
    Object.entries(lesson?.a ?? {}).map(([id, a]) => [id, { correct: a.s === 1, score: a.s, review: null }]),
  );
  return { answered, finished: total > 0 && answered.size >= total, attemptNumber: lesson?.n ?? 1 };
}
