import { NextResponse, type NextRequest } from "next/server";
import { statusFrameHtml } from "@/lib/account/status-frame";
import { readViewer } from "@/lib/account/viewer";
import { auth } from "@/server/auth";

/**
 * The header's account links without JavaScript (framed by components/layout/site-header.tsx):
 * who is signed in, from next-auth's session check, which also renews the cookie and the session
 * row's idle timeout, as the header's session request does with JavaScript. A session that was
 * ended, timed out or disabled reads as signed out.
 */
export async function GET(request: NextRequest) {
  const renewed = { headers: new Headers() };
  const session = await auth({ req: request, res: renewed } as never).catch(() => null);
  const response = new NextResponse(statusFrameHtml(readViewer(session?.user)), {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
  for (const cookie of renewed.headers.getSetCookie()) response.headers.append("Set-Cookie", cookie);
  return response;
}
