import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { listLessons, listSources } from "@/lib/content/catalog";

type Handler = (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;

/**
 * Convenience only: sends signed-out visitors of private areas to sign in first, and answers
 * unknown article ids with a real 404 (a streamed page can no longer change its status). Every
 * page and action checks the session and role itself; nothing here is a security boundary.
 */
// With a lazy config, next-auth's auth(fn) resolves to the wrapped handler asynchronously.
const redirectSignedOut = Promise.resolve(
  auth((req) => {
    if (req.auth?.user) return;
    const signIn = new URL("/sign-in", req.nextUrl);
    signIn.searchParams.set("next", req.nextUrl.pathname);
    return NextResponse.redirect(signIn);
  }) as unknown as Handler | Promise<Handler>,
);

let knownIds: Record<"sources" | "lessons", Set<string>> | undefined;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const [, section, id, ...rest] = request.nextUrl.pathname.split("/");
  if ((section === "sources" || section === "lessons") && id !== undefined && rest.length === 0) {
    knownIds ??= { sources: new Set(listSources().map((s) => s.id)), lessons: new Set(listLessons().map((l) => l.id)) };
    if (knownIds[section].has(decodeURIComponent(id))) return NextResponse.next();
    return NextResponse.rewrite(new URL("/_unknown-page", request.nextUrl), { status: 404 });
  }
  return (await redirectSignedOut)(request, event);
}

export const config = { matcher: ["/home", "/progress", "/teach/:path*", "/admin/:path*", "/sources/:id", "/lessons/:id"] };
