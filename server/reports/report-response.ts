import "server-only";
import {
  getSessionUserAndClassVersion,
  type ClassDataVersion,
  type SessionClassRead,
} from "@/db/queries/reports/class-data-version";
import type { Viewer } from "@/lib/account/viewer";
import { logger } from "@/lib/logger";
import { currentSessionClaims, TEACHER_ROLES, type SessionUser } from "@/server/session";
import type { Cached } from "./report-cache";

// A teacher's class data: never stored by a browser or a shared cache.
const PRIVATE = { "Cache-Control": "private, no-store" };

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: PRIVATE });

/**
 * A report's figures as JSON, for its prerendered page (components/reports/live-report.tsx).
 * Route handlers are public endpoints: session, role and ownership of the class are checked here,
 * in one statement (`classId` null: an address of the wrong shape, refused like a class that is
 * not the teacher's); `load` checks what the address names inside the class, returning null for
 * the same 404. Like the lesson page's quiz state, the answer also tells the header who is
 * signed in, so a report view is the file and this one request. The report goes in as it was
 * serialized when cached, not parsed and written again. `what` names it in the messages;
 * `assignableLessons` reads the viewer's own lessons in the same statement (the class page's form).
 */
export async function reportResponse(
  classId: string | null,
  load: (user: SessionUser, klass: ClassDataVersion, read: SessionClassRead) => Promise<Cached<unknown> | null>,
  context: Record<string, string>,
  { what = "report", assignableLessons = false }: { what?: string; assignableLessons?: boolean } = {},
): Promise<Response> {
  try {
    const claims = await currentSessionClaims();
    const found =
      claims && (await getSessionUserAndClassVersion(claims.sessionId, claims.userId, classId, { assignableLessons }));
    if (!found) return refuse(401, `Your session has ended. Sign in again to see this ${what}.`);
    const { user, klass } = found;
    if (!(TEACHER_ROLES as readonly string[]).includes(user.role))
      return refuse(403, `This ${what} is for the class's teacher.`);
    const report = klass && (await load(user, klass, found));
    if (!report) return refuse(404, "No class of yours has this address.");
    const viewer: Viewer = { name: user.name, role: user.role };
    const head = JSON.stringify({ viewer, renewSession: claims.renewalDue, timeZone: user.timeZone });
    return new Response(`${head.slice(0, -1)},"report":${report.json}}`, {
      headers: { ...PRIVATE, "Content-Type": "application/json" },
    });
  } catch (err) {
    // The database away (a restart): the page offers to try again.
    logger.error({ err, ...context, what }, "a report could not be loaded");
    return Response.json(
      { error: `The ${what} could not be loaded just now. Please try again in a moment.` },
      { status: 503, headers: { ...PRIVATE, "Retry-After": "2" } },
    );
  }
}
