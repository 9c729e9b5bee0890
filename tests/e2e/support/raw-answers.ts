import pg from "pg";
import { e2eDatabaseUrl } from "./e2e-database";

export type RawAnswer = {
  student: string;
  lesson_id: string;
  attempt_id: string;
  number: number;
  completed_at: Date | null;
  late: boolean;
  question_id: string;
  chosen: string[];
  correct: boolean;
  score: number;
};

/**
 * The demo class's answers straight from the e2e database: the tests compute the expected
 * figures from these rows, not from the app's queries.
 */
export async function readDemoClassAnswers(): Promise<RawAnswer[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<RawAnswer>(`
      select u.name as student, t.lesson_id, t.id as attempt_id, t.number, t.completed_at, t.late,
             x.question_id, x.chosen, x.correct, x.score
      from classes c
      join assignments a on a.class_id = c.id
      join attempts t on t.assignment_id = a.id
      join users u on u.id = t.user_id
      join answers x on x.attempt_id = t.id
      where c.join_code = 'DEMO-7K3Q'`);
    return rows;
  } finally {
    await client.end();
  }
}

export function pearson(xs: number[], ys: number[]): number {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  const cov = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
  const sx = Math.sqrt(xs.reduce((s, x) => s + (x - mx) ** 2, 0));
  const sy = Math.sqrt(ys.reduce((s, y) => s + (y - my) ** 2, 0));
  return cov / (sx * sy);
}
