import type { NextRequest } from "next/server";
import { decodePath } from "@/lib/http/request-checks";
import { handlers } from "@/server/auth";

/**
 * next-auth's endpoints. The proxy does not run for /api, so a path with a broken percent escape
 * ("/api/auth/%ZZ"), which next-auth answers with a 500, is refused here.
 */
function withReadablePath(handler: (request: NextRequest) => Promise<Response>) {
  return (request: NextRequest) =>
    decodePath(request.nextUrl.pathname) === null
      ? new Response("Not found: the address has a broken percent escape.", {
          status: 404,
          headers: { "Content-Type": "text/plain; charset=utf-8" },
        })
      : handler(request);
}

export const GET = withReadablePath(handlers.GET);
export const POST = withReadablePath(handlers.POST);
