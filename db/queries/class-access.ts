import "server-only";
import { eq, or, sql, type SQL } from "drizzle-orm";
import { classes } from "@/db/schema";
import type { SessionUser } from "@/db/queries/users";

/** Who is asking: every class read and ownership check is scoped by it inside the query. */
export type Viewer = Pick<SessionUser, "id" | "role">;

/**
 * A teacher manages their own classes; an administrator manages all of them. The viewer may also
 * be the columns of a user the same statement reads (a session's, db/queries/reports/class-data-version.ts).
 */
export function managedBy(viewer: Viewer | { id: SQL; role: SQL }): SQL {
  return or(eq(classes.teacherId, viewer.id), sql`${viewer.role} = 'admin'`)!;
}
