import { NextResponse, type NextRequest } from "next/server";
import { endSession } from "@/db/mutations/sessions";
import { POST_REFUSALS, refusePost } from "@/lib/http/request-checks";
import { signOut } from "@/server/auth";
import { currentSessionId } from "@/server/session";

/**
 * Sign out without JavaScript (the header's frame posts here): ends this session's row first, so a
 * copied cookie stops working everywhere, then clears the cookie and lands on the home page, as the
 * header's sign-out action does with JavaScript.
 */
export async function POST(request: NextRequest) {
  const refusal = refusePost({ method: request.method, headers: request.headers, acceptsNullOrigin: false });
  if (refusal) {
    const { status, message } = POST_REFUSALS[refusal];
    return new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const sessionId = await currentSessionId();
  if (sessionId) await endSession(sessionId);
  await signOut({ redirect: false });
  const origin = request.headers.get("origin");
  return NextResponse.redirect(new URL("/", origin && origin !== "null" ? origin : request.nextUrl), 303);
}
