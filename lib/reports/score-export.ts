type Work = { best: number | null; late: boolean; started: boolean; assigned: boolean };

/** What a student's cell says about one assignment. */
export function workStatus(work: Work | undefined): string {
  if (!work?.assigned) return "not assigned";
  if (work.best !== null) return work.late ? "done late" : "done";
  return work.started ? "in progress" : "not started";
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
