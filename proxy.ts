import { NextResponse, type NextRequest } from "next/server";
import { listLessons, listSources } from "@/lib/content/catalog";
import { TEACHER_CONTENT_ID } from "@/lib/teacher-lessons/ids";

/**
 * Convenience only: sends visitors without a session cookie to sign in first, and answers unknown
 * article and lesson ids with a real 404 (a streamed page can no longer change its status). Every
 * page and action checks the session and role itself; nothing here is a security boundary.
 *
 * It only looks for the cookie and never decodes or re-issues it: next-auth's middleware wrapper
 * re-sets the session cookie on every request, and a prefetch in flight during sign-out would
 * bring the session back.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

let knownIds: Record<"sources" | "lessons", Set<string>> | undefined;

export function proxy(request: NextRequest) {
  const [, section, id, ...rest] = request.nextUrl.pathname.split("/");
  if ((section === "sources" || section === "lessons") && id !== undefined && rest.length === 0) {
    knownIds ??= { sources: new Set(listSources().map((s) => s.id)), lessons: new Set(listLessons().map((l) => l.id)) };
    const decoded = decodeURIComponent(id);
    if (knownIds[section].has(decoded)) return NextResponse.next();
    // A teacher's lesson lives in the database, not the build: its page renders per request and
    // answers itself whether the reader may see it.
    if (section === "lessons" && TEACHER_CONTENT_ID.test(decoded)) {
      const target = new URL(`/lessons/authored/${decoded}`, request.nextUrl);
      target.search = request.nextUrl.search;
      return NextResponse.rewrite(target);
    }
    return NextResponse.rewrite(new URL("/_unknown-page", request.nextUrl), { status: 404 });
  }
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("next", request.nextUrl.pathname);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/home", "/progress", "/account", "/teach/:path*", "/admin/:path*", "/sources/:id", "/lessons/:id"] };
