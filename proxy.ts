import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { listSources } from "@/lib/content/catalog";

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

let sourceIds: Set<string> | undefined;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/sources/")) {
    sourceIds ??= new Set(listSources().map((s) => s.id));
    const id = decodeURIComponent(pathname.slice("/sources/".length));
    if (sourceIds.has(id)) return NextResponse.next();
    return NextResponse.rewrite(new URL("/_unknown-article", request.nextUrl), { status: 404 });
  }
  return (await redirectSignedOut)(request, event);
}

export const config = { matcher: ["/home", "/teach/:path*", "/admin/:path*", "/sources/:id"] };
