/**
 * The review queue of one assignment's written answers. `answer`: open that response (to score it
 * again); `after`: the next one awaiting review after it ("skip"); `saved`: the one just scored,
 * confirmed at the top.
 */
export function reviewQueueHref(
  classId: string,
  assignmentId: string,
  params: { answer?: number; after?: number; saved?: number } = {},
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, String(value));
  const search = query.size > 0 ? `?${query}` : "";
  return `/teach/classes/${classId}/assignments/${assignmentId}/review${search}`;
}
