import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";

type Handler = (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;

/**
 * Convenience only: sends signed-out visitors of private areas to sign in first. Every page and
 * action checks the session and role itself; nothing here is a security boundary.
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

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  return (await redirectSignedOut)(request, event);
}

export const config = { matcher: ["/home", "/teach/:path*", "/admin/:path*"] };
