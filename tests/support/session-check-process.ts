/**
 * Another app process, as far as sessions go: decides a session cookie the way every instance
 * does (decrypt it, then read its session row) with nothing shared but the database. Prints the
 * signed-in user as JSON, or null.
 */
import { decode } from "next-auth/jwt";
import { closeDb } from "@/db";
import { getSessionUser } from "@/db/queries/sessions";

async function main() {
  const [token, secret, salt] = process.argv.slice(2);
  const claims = await decode({ token: token!, secret: secret!, salt: salt! }).catch(() => null);
  const user = claims?.sub && typeof claims.sid === "string" ? await getSessionUser(claims.sid, claims.sub) : null;
  process.stdout.write(JSON.stringify(user));
  await closeDb();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
