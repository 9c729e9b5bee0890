/** How close a due date must be to count as "due soon" on a student's home page. */
export const DUE_SOON_MS = 48 * 60 * 60 * 1000;

export type AssignmentStatus = "done" | "missed" | "overdue" | "due-soon" | "to-do";

type StatusInput = { bestScore: number | null; dueAt: Date; closedAt: Date | null };

/**
 * Where an assignment stands for its student. Done wins over everything (late work included);
 * closed before it was done is "missed"; otherwise the due date decides.
 */
export function assignmentStatus(a: StatusInput, now: Date): AssignmentStatus {
  if (a.bestScore !== null) return "done";
  if (a.closedAt) return "missed";
  const left = a.dueAt.getTime() - now.getTime();
  if (left < 0) return "overdue";
  if (left <= DUE_SOON_MS) return "due-soon";
  return "to-do";
}

/** The link that opens a lesson as this assignment (its own attempt), or as practice. */
export function lessonHref(lessonId: string, assignmentId?: string | null): string {
  return withAssignment(`/lessons/${encodeURIComponent(lessonId)}`, assignmentId);
}

/**
 * The same lesson with its quiz rendered by the server on every request: the page a browser
 * without JavaScript takes the quiz on (the lesson page itself is prerendered, and its quiz is
 * drawn in the browser).
 */
export function lessonQuizHref(lessonId: string, assignmentId?: string | null): string {
  return withAssignment(`/lessons/${encodeURIComponent(lessonId)}/quiz`, assignmentId);
}

function withAssignment(path: string, assignmentId?: string | null): string {
  return assignmentId ? `${path}?assignment=${encodeURIComponent(assignmentId)}` : path;
}
