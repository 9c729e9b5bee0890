import pg from "pg";
import { sessionCookie } from "../lib/session-cookie";
async function main() {
  const c = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:54695/postgres" });
  await c.connect();
  const { rows } = await c.query("select id, session_version from users where email = 'amara@byline.test'");
  console.log(await sessionCookie("probe-secret-probe-secret-probe-secret-12", { id: rows[0].id, role: "student", sessionVersion: rows[0].session_version }));
  await c.end();
}
main();
