import { NextResponse } from "next/server";

/**
 * Runs for one page only (/static-behind-proxy, a copy of /static) and does the least a proxy
 * does: passes the request on and sets a header. The two pages side by side measure what Next's
 * proxy itself costs a prerendered page. (It also has to exist: Turbopack (16.4.5), when a
 * project has no proxy of its own, picks up the workspace root's `proxy.ts`, the app's, and
 * fails to build it from here.)
 */
export function proxy() {
  const response = NextResponse.next();
  response.headers.set("Content-Security-Policy", "default-src 'self'");
  return response;
}

export const config = { matcher: ["/static-behind-proxy"] };
