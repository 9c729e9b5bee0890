import { NextResponse, type NextRequest } from "next/server";
import { listLessons, listSources } from "@/lib/content/catalog";
import { contentSecurityPolicy, newNonce } from "@/lib/csp/policy";
import { prerenderedScriptHashes, wholePageScriptHashes } from "@/lib/csp/prerendered-script-hashes";
import { cannotNameAPage, SIGNED_IN_ONLY, UUID_SHAPE } from "@/lib/http/page-paths";
import { formResultCookieNames } from "@/lib/forms/result-cookie";
import { decodePath, POST_REFUSALS, refusePost, type PostRefusal } from "@/lib/http/request-checks";
import { TEACHER_CONTENT_ID } from "@/lib/teacher-lessons/ids";

/**
 * Three jobs. Every page gets its Content-Security-Policy here: a fresh nonce that Next puts on the
 * scripts it renders for this request, plus the hashes of the prerendered HTML's inline scripts
 * (lib/csp). Requests Next would answer with a 500 (a broken or cross-site Origin, a body over
 * the actions' limit) get their 4xx here, from the headers alone (lib/http). And, for convenience
 * only, visitors without a session cookie are sent to sign in first, and addresses that cannot
 * name a page (unknown article and lesson ids, ids of the wrong shape) get a real 404 (a streamed
 * page can no longer change its status). Every page and action checks the session and role itself;
 * nothing here is a security boundary. Besides, a form's result left for a page (lib/forms) is
 * cleared once that page has been asked for.
 *
 * It only looks for the cookie and never decodes or re-issues it: next-auth's middleware wrapper
 * re-sets the session cookie on every request, and a prefetch in flight during sign-out would
 * bring the session back.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
/** Route handlers that take form posts themselves, and accept `Origin: null` (app/lessons/[id]/answer). */
const POST_ROUTES = /^\/lessons\/[^/]+\/answer$/;

/** The header's account links without JavaScript, which the header frames (components/layout/site-header.tsx). */
const FRAMED_BY_SELF = "/account/status";

let knownIds: Record<"sources" | "lessons", Set<string>> | undefined;

/** The policy of each page prerendered whole: the same for every request, so built once. */
const wholePagePolicies = new Map<string, string>();

export async function proxy(request: NextRequest) {
  const whole = wholePageResponse(request);
  if (whole) return whole;
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    scriptHashes: prerenderedScriptHashes(request.nextUrl.pathname),
    // The build's mode, which Next writes into the bundle: no run-time setting (those are read
    // through lib/env.ts, as the content and the CSP hashes here do).
    development: process.env.NODE_ENV === "development",
    framedBySelf: request.nextUrl.pathname === FRAMED_BY_SELF,
  });
  // Next reads the nonce from the request's policy header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  // From the headers first (cheap, and the more precise message), then an action's form data.
  const response = refusedPost(request) ?? (await unreadableActionBody(request)) ?? route(request, requestHeaders);
  response.headers.set("Content-Security-Policy", policy);
  clearFormResult(request, response);
  return response;
}

/**
 * A page the build prerendered whole (the landing page, /privacy, the library, an article) is
 * served as its file, the same for everyone: no nonce to pass to Next (copying the request's
 * headers to hand Next one costs more than the rest of this proxy), no sign-in to require and no
 * id to check (the build wrote only known ones). Only reads: a server action posted to the page
 * renders it per request and takes the full path.
 */
function wholePageResponse(request: NextRequest): NextResponse | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  // Asked for by their own path, the shared pages name no class: the full route answers 404.
  if (LIVE_PAGE_PATHS.has(request.nextUrl.pathname)) return null;
  const live = livePageFor(request);
  const path = live ?? request.nextUrl.pathname;
  let policy = wholePagePolicies.get(path);
  if (policy === undefined) {
    const scriptHashes = wholePageScriptHashes(path);
    if (!scriptHashes) return null;
    policy = contentSecurityPolicy({ scriptHashes, development: process.env.NODE_ENV === "development" });
    wholePagePolicies.set(path, policy);
  }
  const response = live ? noIndex(NextResponse.rewrite(new URL(live, request.nextUrl))) : NextResponse.next();
  response.headers.set("Content-Security-Policy", policy);
  clearFormResult(request, response);
  return response;
}

/**
 * Pages prerendered once for every class, whose figures the browser fetches (the class report:
 * components/reports/live-class-report.tsx). `?plain` asks for the page rendered per request,
 * which browsers without JavaScript are linked to; a visitor without a session cookie takes the
 * full route, which sends them to sign in.
 */
const LIVE_PAGES: { pattern: RegExp; page: string }[] = [
  { pattern: /^\/teach\/classes\/([^/]+)$/, page: "/teach/classes/live-class" },
  { pattern: /^\/teach\/classes\/([^/]+)\/report$/, page: "/teach/classes/live-report" },
  {
    pattern: /^\/teach\/classes\/([^/]+)\/assignments\/([^/]+)\/report$/,
    page: "/teach/classes/live-assignment-report",
  },
  { pattern: /^\/teach\/classes\/([^/]+)\/students\/([^/]+)$/, page: "/teach/classes/live-student-report" },
];
const LIVE_PAGE_PATHS = new Set(LIVE_PAGES.map((p) => p.page));

function livePageFor(request: NextRequest): string | null {
  const path = request.nextUrl.pathname;
  const live = LIVE_PAGES.find((p) =>
    p.pattern
      .exec(path)
      ?.slice(1)
      .every((id) => UUID_SHAPE.test(id)),
  );
  if (!live || request.nextUrl.searchParams.has("plain") || !hasSessionCookie(request)) return null;
  // A form posted without JavaScript left its result for the page rendered per request to show.
  if (formResultCookieNames().some((name) => request.cookies.has(name))) return null;
  return live.page;
}

/**
 * What a form posted without JavaScript left for its page (lib/forms/result-cookie.ts) is read
 * once: this request's page reads it, and the browser drops it with this response. A raw header,
 * because a cookie set through `response.cookies` also changes what the page's cookies() reads.
 */
function clearFormResult(request: NextRequest, response: NextResponse): void {
  const path = request.nextUrl.pathname;
  if (request.method !== "GET" || !/^[\w\-./~%]+$/.test(path)) return;
  for (const name of formResultCookieNames()) {
    if (request.cookies.has(name))
      response.headers.append("Set-Cookie", `${name}=; Path=${path}; Max-Age=0; HttpOnly; SameSite=Lax`);
  }
}

function refusedPost(request: NextRequest): NextResponse | null {
  const refusal = refusePost({
    method: request.method,
    headers: request.headers,
    acceptsNullOrigin: POST_ROUTES.test(request.nextUrl.pathname),
  });
  return refusal ? plainRefusal(refusal) : null;
}

function plainRefusal(refusal: PostRefusal): NextResponse {
  const { status, message } = POST_REFUSALS[refusal];
  return new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

function route(request: NextRequest, headers: Headers): NextResponse {
  const pathname = request.nextUrl.pathname;
  // A form on a prerendered page calls its action at the page's address: it runs on the same
  // file, so that its answer re-renders that file's tree (which the browser has), not the page
  // rendered per request (app/teach/classes/live-class).
  const live = request.method === "POST" && request.headers.has("next-action") ? livePageFor(request) : null;
  if (live) return noIndex(NextResponse.rewrite(new URL(live, request.nextUrl), { request: { headers } }));
  knownIds ??= { sources: new Set(listSources().map((s) => s.id)), lessons: new Set(listLessons().map((l) => l.id)) };
  if (cannotNameAPage(pathname, knownIds.lessons)) return notFound(request, headers);
  const [, section, id, ...rest] = pathname.split("/");
  // Reached only through the rewrite below, which checks the session cookie and the id's shape first.
  if (section === "lessons" && id === "authored") return notFound(request, headers);
  if ((section === "sources" || section === "lessons") && id !== undefined && rest.length === 0) {
    const decoded = decodePath(id) ?? "";
    if (knownIds[section].has(decoded)) return NextResponse.next({ request: { headers } });
    // A teacher's lesson lives in the database, not the build: its page renders per request and
    // answers itself whether the reader may see it, signed-in readers only.
    if (section === "lessons" && TEACHER_CONTENT_ID.test(decoded)) return toAuthoredLesson(request, decoded, headers);
    return notFound(request, headers);
  }
  if (section === "lessons" && id !== undefined && rest.length === 1 && rest[0] === "quiz") {
    const decoded = decodePath(id) ?? "";
    if (knownIds.lessons.has(decoded)) {
      const withAssignment = assignmentFromLessonPage(request, decoded);
      return withAssignment ? NextResponse.redirect(withAssignment) : NextResponse.next({ request: { headers } });
    }
    // A teacher's lesson renders its quiz per request on its own page: the same page answers here.
    if (TEACHER_CONTENT_ID.test(decoded)) return toAuthoredLesson(request, decoded, headers);
    return notFound(request, headers);
  }
  if (!SIGNED_IN_ONLY.test(pathname)) return NextResponse.next({ request: { headers } });
  if (hasSessionCookie(request)) return noIndex(NextResponse.next({ request: { headers } }));
  return toSignIn(request);
}

/**
 * A server action's form data that cannot be parsed would reach Next's action handler, which
 * answers every decoding error with a 500. Next buffers a body the proxy reads (up to its proxy
 * body limit, above the actions' own), so a copy is parsed here; only action posts, which are
 * small (an answer is under 1 kB), pay for it.
 */
async function unreadableActionBody(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  if (!/^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")) return null;
  const readable = await request
    .clone()
    .formData()
    .then(
      () => true,
      () => false,
    );
  return readable ? null : plainRefusal("unreadable-form");
}

function toAuthoredLesson(request: NextRequest, lessonId: string, headers: Headers): NextResponse {
  if (!hasSessionCookie(request)) return toSignIn(request);
  const target = new URL(`/lessons/authored/${lessonId}`, request.nextUrl);
  target.search = request.nextUrl.search;
  return noIndex(NextResponse.rewrite(target, { request: { headers } }));
}

/**
 * The lesson page is prerendered, so its link to the no-JavaScript quiz cannot carry the page's
 * `?assignment=`. The browser names the page it came from: when that is this lesson taken as an
 * assignment, the quiz opens as that assignment too (a browser that sends no referrer gets
 * practice, whose notice links to the assignment).
 */
function assignmentFromLessonPage(request: NextRequest, lessonId: string): URL | null {
  if (request.method !== "GET" || request.nextUrl.searchParams.has("assignment")) return null;
  const referer = URL.parse(request.headers.get("referer") ?? "");
  if (!referer || referer.host !== request.headers.get("host")) return null;
  const assignment = referer.searchParams.get("assignment");
  if (referer.pathname !== `/lessons/${lessonId}` || !assignment || !UUID_SHAPE.test(assignment)) return null;
  const target = new URL(request.nextUrl);
  target.searchParams.set("assignment", assignment);
  return target;
}

function toSignIn(request: NextRequest): NextResponse {
  const signIn = new URL("/sign-in", request.nextUrl);
  // A form posted without JavaScript: the browser must not post it again to the sign-in page,
  // and the form's endpoint is no page to come back to.
  if (request.method === "POST" && !request.headers.has("next-action")) return NextResponse.redirect(signIn, 303);
  signIn.searchParams.set("next", request.nextUrl.pathname);
  return NextResponse.redirect(signIn);
}

/** The not-found page with a real 404 status. */
function notFound(request: NextRequest, headers: Headers): NextResponse {
  return NextResponse.rewrite(new URL("/_unknown-page", request.nextUrl), { status: 404, request: { headers } });
}

/**
 * Pages that depend on who reads them, and whose refusals (403, 404) are decided inside a Suspense
 * boundary after a 200 has gone out: never indexed, whatever they end up showing.
 */
function noIndex(response: NextResponse): NextResponse {
  response.headers.set("X-Robots-Tag", "noindex");
  return response;
}

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies
    .getAll()
    .some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
}

// Every page, its client navigations and its actions; not Next's own paths (static files, and
// the development server's hot-reload socket, which a proxied response would break) or the API.
export const config = { matcher: ["/((?!_next/|api/|favicon\\.ico).*)"] };
