type Work = {
  best: number | null;
  late: boolean;
  started: boolean;
  assigned: boolean;
  /** Finished, though its score may still be empty: a lesson of written answers none of which is scored yet. */
  finished?: boolean;
  awaiting?: number;
};

/** What a student's cell says about one assignment; written answers still to score are named (the score counts what is scored). */
export function workStatus(work: Work | undefined): string {
  if (!work?.assigned) return "not assigned";
  const done = work.best !== null || work.finished;
  const status = done ? (work.late ? "done late" : "done") : work.started ? "in progress" : "not started";
  return work.awaiting ? `${status}, ${work.awaiting} awaiting review` : status;
}

const percent = (score: number) => Math.round(score * 1000) / 10;

/** A row of the score export: name, login, (score %, status) per assignment, average of the done ones. */
export function studentScoreCells(
  row: { student: string; login: string; work: Record<string, Work> },
  assignments: { id: string }[],
): unknown[] {
  const done = assignments.map((a) => row.work[a.id]).filter((w): w is Work => Boolean(w?.assigned && w.best !== null));
  const average = done.length ? percent(done.reduce((sum, w) => sum + w.best!, 0) / done.length) : null;
  return [
    row.student,
    row.login,
    ...assignments.flatMap((a) => {
      const work = row.work[a.id];
      return [work?.assigned && work.best !== null ? percent(work.best) : null, workStatus(work)];
    }),
    average,
  ];
}
