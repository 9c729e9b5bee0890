import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { classDataVersions, classes } from "@/db/schema";
import { managedBy, type Viewer } from "../class-access";

/**
 * The class, if the viewer manages it, with the token of what its reports show (migration 0011;
 * null until the first write since the migration). Read on the primary, always: a report cached
 * under this token is then never older than this read, and a figure computed after it (on the
 * primary, or on a replica that has caught up with the primary) never older either.
 */
export async function getClassDataVersion(
  viewer: Viewer,
  classId: string,
): Promise<{ name: string; version: string | null } | null> {
  const [row] = await db
    .select({ name: classes.name, version: classDataVersions.version })
    .from(classes)
    .leftJoin(classDataVersions, eq(classDataVersions.classId, classes.id))
    .where(and(eq(classes.id, classId), managedBy(viewer)))
    .limit(1);
  return row ?? null;
}
