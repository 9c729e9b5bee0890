import type { NextRequest } from "next/server";
import type { Viewer } from "@/lib/account/viewer";
import { getLessonReading } from "@/lib/content/catalog";
import { logger } from "@/lib/logger";
import type { QuizView } from "@/lib/quiz/quiz-view";
import { loadQuizView } from "@/server/quiz/quiz-view";
import { getCurrentUser, sessionRenewalDue } from "@/server/session";

// One reader's own state: never stored by a browser or a shared cache.
const PRIVATE = { "Cache-Control": "private, no-store" };

/** The status that says the same as the view: who must sign in, and what is not theirs. */
const STATUS: Partial<Record<QuizView["kind"], number>> = { "sign-in": 401, unavailable: 404 };

/**
 * The quiz beside a built-in lesson, for the reader asking (`?assignment=` to take it as that
 * assignment): the prerendered lesson page fetches it on load and after each step. Keys and
 * feedback are not in it; they come only with an answer's grading. A teacher's lesson is rendered
 * per request with its quiz and is not served here.
 *
 * It also tells the header who is signed in (`viewer`, null when nobody is), so a lesson view is
 * the file and this one request; `renewSession` says when the header should still ask next-auth's
 * session endpoint, which renews the cookie (lib/session-timeouts.ts).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const lesson = getLessonReading(id);
  if (!lesson) return Response.json({ error: "There is no such lesson." }, { status: 404, headers: PRIVATE });
  const assignment = request.nextUrl.searchParams.get("assignment");
  try {
    const user = await getCurrentUser();
    const view = await loadQuizView({
      lessonId: lesson.id,
      demo: lesson.demo,
      user,
      assignmentParam: assignment ?? undefined,
    });
    const viewer: Viewer | null = user && { name: user.name, role: user.role };
    const renewSession = user !== null && (await sessionRenewalDue());
    return Response.json({ view, viewer, renewSession }, { status: STATUS[view.kind] ?? 200, headers: PRIVATE });
  } catch (err) {
    // The database away (a restart): the page offers to try again; nothing was lost.
    logger.error({ err, lessonId: lesson.id }, "quiz state could not be loaded");
    return Response.json(
      { error: "Your quiz could not be loaded just now. Please try again in a moment." },
      { status: 503, headers: { ...PRIVATE, "Retry-After": "2" } },
    );
  }
}
