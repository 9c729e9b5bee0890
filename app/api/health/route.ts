import { connection } from "next/server";
import { sql } from "drizzle-orm";
import { db, databaseMode } from "@/db";
import { logger } from "@/lib/logger";

/** For operators and load balancers: 200 when the app and its database answer, 503 otherwise. */
export async function GET() {
  await connection();
  const started = performance.now();
  try {
    await db.execute(sql`select 1`);
    return Response.json(
      {
        status: "ok",
        database: { status: "up", mode: databaseMode(), latencyMs: Math.round(performance.now() - started) },
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (err) {
    logger.error({ err }, "health check: database unreachable");
    return Response.json(
      { status: "degraded", database: { status: "down" } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
