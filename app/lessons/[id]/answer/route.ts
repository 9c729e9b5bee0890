import { NextResponse, type NextRequest } from "next/server";
import { lessonQuizHref } from "@/lib/assignments/status";
import { POST_REFUSALS, refusePost } from "@/lib/http/request-checks";
import { parseAnswerForm } from "@/lib/validations/answers";
import { submitAnswer } from "@/server/grading/submit-answer";
import { getCurrentUser } from "@/server/session";

/**
 * The quiz form's target when JavaScript is off: grade and keep the answer exactly as the server
 * action does, then show the result with a redirect (post/redirect/get), so reloading the page
 * never posts twice. With JavaScript the form calls the server action instead.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Server actions refuse cross-site posts by themselves; this plain endpoint does the same, with
  // the proxy's rule (which already answered these in front of it), Origin: null let through.
  const refusal = refusePost({ method: request.method, headers: request.headers, acceptsNullOrigin: true });
  if (refusal) {
    const { status, message } = POST_REFUSALS[refusal];
    return NextResponse.json({ error: message }, { status });
  }
  // Relative to the address the browser used, not the server's own idea of its host name.
  const origin = request.headers.get("origin");
  const back = new URL(lessonQuizHref(id), origin && origin !== "null" ? origin : request.nextUrl);
  const formData = await request.formData().catch(() => null);
  const parsed = formData ? parseAnswerForm(formData) : null;
  if (!parsed?.success || parsed.data.lessonId !== id) {
    back.searchParams.set("problem", "unreadable");
    return NextResponse.redirect(back, 303);
  }
  const user = await getCurrentUser().catch(() => undefined);
  const result =
    user === undefined ? { error: "not saved", retryAfter: undefined } : await submitAnswer(parsed.data, user);
  if (result.retryAfter) {
    return new NextResponse(`${result.error} Then go back and answer again.`, {
      status: 429,
      headers: { "Retry-After": String(result.retryAfter), "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  if (parsed.data.assignmentId) back.searchParams.set("assignment", parsed.data.assignmentId);
  back.searchParams.set("answered", parsed.data.questionId);
  if (result.error) back.searchParams.set("problem", "not-saved");
  back.hash = "quiz";
  return NextResponse.redirect(back, 303);
}
