import { NextResponse } from "next/server";

/**
 * Matches no page, so no request of the benchmark runs it. It exists because Turbopack (16.4.5),
 * when a project has no proxy of its own, picks up the workspace root's `proxy.ts` (the app's)
 * and fails to build it from here.
 */
export function proxy() {
  return NextResponse.next();
}

export const config = { matcher: ["/never-matched"] };
