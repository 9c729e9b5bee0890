import pg from "pg";
import { sessionCookie } from "./session-cookie";

/** A short-lived connection: the restart check's outages end every connection open at the time. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The demo teacher's first class page (seeded by `npm start` on the embedded database), with a session. */
export async function teacherDashboard(
  client: pg.ClientBase,
  secret: string,
): Promise<{ path: string; cookie: string }> {
  const { rows } = await client.query<{ id: string; class_id: string }>(
    `select u.id, k.id as class_id
     from users u join classes k on k.teacher_id = u.id
     where u.email = 'teacher@byline.test' order by k.created_at limit 1`,
  );
  const row = rows[0];
  if (!row) throw new Error("the demo teacher and class are missing (the embedded database is seeded by npm start)");
  const sessionId = await openBenchSession(client, row.id);
  return {
    path: `/teach/classes/${row.class_id}`,
    cookie: await sessionCookie(secret, { id: row.id, role: "teacher", sessionId }),
  };
}

/** A session row for a benchmark client (the app checks one on every request). */
export async function openBenchSession(client: pg.ClientBase, userId: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `insert into sessions (user_id, device) values ($1, 'Benchmark client') returning id`,
    [userId],
  );
  return rows[0]!.id;
}
