import { NextResponse, type NextRequest } from "next/server";
import { listLessons, listSources } from "@/lib/content/catalog";
import { contentSecurityPolicy, newNonce } from "@/lib/csp/policy";
import { prerenderedScriptHashes } from "@/lib/csp/prerendered-script-hashes";
import { TEACHER_CONTENT_ID } from "@/lib/teacher-lessons/ids";

/**
 * Two jobs. Every page gets its Content-Security-Policy here: a fresh nonce that Next puts on the
 * scripts it renders for this request, plus the hashes of the prerendered HTML's inline scripts
 * (lib/csp). And, for convenience only, visitors without a session cookie are sent to sign in
 * first, and unknown article and lesson ids get a real 404 (a streamed page can no longer change
 * its status). Every page and action checks the session and role itself; nothing here is a
 * security boundary.
 *
 * It only looks for the cookie and never decodes or re-issues it: next-auth's middleware wrapper
 * re-sets the session cookie on every request, and a prefetch in flight during sign-out would
 * bring the session back.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_ONLY = /^\/(home|progress|account|teach(\/.*)?|admin(\/.*)?)$/;

let knownIds: Record<"sources" | "lessons", Set<string>> | undefined;

export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    scriptHashes: prerenderedScriptHashes(request.nextUrl.pathname),
    development: process.env.NODE_ENV === "development",
  });
  // Next reads the nonce from the request's policy header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = route(request, requestHeaders);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function route(request: NextRequest, headers: Headers): NextResponse {
  const pathname = request.nextUrl.pathname;
  const [, section, id, ...rest] = pathname.split("/");
  if ((section === "sources" || section === "lessons") && id !== undefined && rest.length === 0) {
    knownIds ??= { sources: new Set(listSources().map((s) => s.id)), lessons: new Set(listLessons().map((l) => l.id)) };
    const decoded = decodeURIComponent(id);
    if (knownIds[section].has(decoded)) return NextResponse.next({ request: { headers } });
    // A teacher's lesson lives in the database, not the build: its page renders per request and
    // answers itself whether the reader may see it.
    if (section === "lessons" && TEACHER_CONTENT_ID.test(decoded)) {
      const target = new URL(`/lessons/authored/${decoded}`, request.nextUrl);
      target.search = request.nextUrl.search;
      return NextResponse.rewrite(target, { request: { headers } });
    }
    return NextResponse.rewrite(new URL("/_unknown-page", request.nextUrl), { status: 404, request: { headers } });
  }
  if (!SIGNED_IN_ONLY.test(pathname) || hasSessionCookie(request)) return NextResponse.next({ request: { headers } });
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("next", pathname);
  return NextResponse.redirect(signIn);
}

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
}

// Every page, its client navigations and its actions; not Next's own paths (static files, and
// the development server's hot-reload socket, which a proxied response would break) or the API.
export const config = { matcher: ["/((?!_next/|api/|favicon\\.ico).*)"] };
