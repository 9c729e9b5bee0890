import "server-only";
import type { Viewer } from "@/db/queries/class-access";
import {
  getAssignmentHeader,
  listAssignmentGrid,
  type AssignmentHeader,
  type GridRow,
} from "@/db/queries/reports/assignment-report";
import { getClassDataVersion, type ClassDataVersion } from "@/db/queries/reports/class-data-version";
import { listItemStatistics, type ItemStatistics } from "@/db/queries/reports/item-analysis";
import { cachedReport, type Cached } from "./report-cache";

/** Everything the assignment report shows, the same for whoever manages the class. */
export type AssignmentReport = { header: AssignmentHeader; grid: GridRow[]; items: ItemStatistics[] };

/** The report from the database, never from the cache (null: no such assignment in the class). */
export async function computeAssignmentReport(
  viewer: Viewer,
  classId: string,
  assignmentId: string,
): Promise<AssignmentReport | null> {
  const [header, grid, items] = await Promise.all([
    getAssignmentHeader(viewer, classId, assignmentId),
    listAssignmentGrid(viewer, classId, assignmentId),
    listItemStatistics(viewer, classId, assignmentId),
  ]);
  return header && { header, grid, items };
}

/**
 * The assignment report for a viewer who manages its class (null otherwise, or when the class
 * has no such assignment), cached under the class's token as the class report is. Nothing in it
 * changes with the clock alone (lateness is stored with each attempt). `known`: as loadClassReport's.
 */
export async function loadAssignmentReport(
  viewer: Viewer,
  classId: string,
  assignmentId: string,
  known?: ClassDataVersion,
): Promise<Cached<AssignmentReport> | null> {
  const klass = known ?? (await getClassDataVersion(viewer, classId));
  if (!klass) return null;
  const loaded = await cachedReport(`assignment ${classId} ${assignmentId}`, klass.version, () =>
    computeAssignmentReport(viewer, classId, assignmentId),
  );
  return loaded.report ? (loaded as Cached<AssignmentReport>) : null;
}
