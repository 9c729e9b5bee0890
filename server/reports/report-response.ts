import "server-only";
import type { Viewer } from "@/lib/account/viewer";
import { logger } from "@/lib/logger";
import { getCurrentUser, sessionRenewalDue, TEACHER_ROLES, type SessionUser } from "@/server/session";
import type { Cached } from "./report-cache";

// A teacher's class data: never stored by a browser or a shared cache.
const PRIVATE = { "Cache-Control": "private, no-store" };

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: PRIVATE });

/**
 * A report's figures as JSON, for its prerendered page (components/reports/live-report.tsx).
 * Route handlers are public endpoints: session and role are checked here, ownership by `load`
 * (null: no class of the teacher's has this address; ids of the wrong shape are the caller's to
 * refuse the same way). Like the lesson page's quiz state, the answer also tells the header who
 * is signed in, so a report view is the file and this one request. The report goes in as it was
 * serialized when cached, not parsed and written again.
 */
export async function reportResponse(
  load: (user: SessionUser) => Promise<Cached<unknown> | null>,
  context: Record<string, string>,
): Promise<Response> {
  try {
    const user = await getCurrentUser();
    if (!user) return refuse(401, "Your session has ended. Sign in again to see this report.");
    if (!(TEACHER_ROLES as readonly string[]).includes(user.role))
      return refuse(403, "Reports are for the class's teacher.");
    const report = await load(user);
    if (!report) return refuse(404, "No class of yours has this address.");
    const viewer: Viewer = { name: user.name, role: user.role };
    const head = JSON.stringify({ viewer, renewSession: await sessionRenewalDue(), timeZone: user.timeZone });
    return new Response(`${head.slice(0, -1)},"report":${report.json}}`, {
      headers: { ...PRIVATE, "Content-Type": "application/json" },
    });
  } catch (err) {
    // The database away (a restart): the page offers to try again.
    logger.error({ err, ...context }, "a report could not be loaded");
    return Response.json(
      { error: "The report could not be loaded just now. Please try again in a moment." },
      { status: 503, headers: { ...PRIVATE, "Retry-After": "2" } },
    );
  }
}
