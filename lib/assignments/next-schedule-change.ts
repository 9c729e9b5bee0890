/**
 * The first moment after `now` at which one of these assignments opens or falls due: the clock
 * alone changes what a page says of them then ("overdue", "open", a roster's assigned count), so
 * a cached page must not outlive it. Infinity when none is to come.
 */
export function nextScheduleChange(assignments: { opensAt: Date | null; dueAt: Date }[], now: number): number {
  const coming = assignments
    .flatMap((a) => [a.opensAt?.getTime(), a.dueAt.getTime()])
    .filter((t): t is number => t !== undefined && t > now);
  return Math.min(Infinity, ...coming);
}
