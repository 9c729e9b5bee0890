import { env } from "@/lib/env";
import { readOwnerInfo, resolveDataDir } from "./embedded/owner-info";

export type DatabaseMode = "server" | "vercel" | "embedded";
export type ConnectionConfig = { mode: DatabaseMode; url: string };

/**
 * The one place that decides which database the app talks to:
 * DATABASE_URL → a Postgres server over node-postgres; POSTGRES_URL → @vercel/postgres;
 * neither → the embedded PGlite, through the owner process that serves it.
 */
export function resolveConnection(): ConnectionConfig {
  const server = env("DATABASE_URL");
  if (server) return { mode: "server", url: server };
  const vercel = env("POSTGRES_URL");
  if (vercel) return { mode: "vercel", url: vercel };
  const embedded = env("BYLINE_EMBEDDED_DATABASE_URL");
  if (embedded) return { mode: "embedded", url: embedded };
  const dataDir = resolveDataDir();
  const owner = readOwnerInfo(dataDir);
  if (!owner) {
    throw new Error(
      `No database configured and the embedded database in ${dataDir} is not running. ` +
        "Start the app with `npm start` (or `npm run dev`), which starts it, or set DATABASE_URL.",
    );
  }
  return { mode: "embedded", url: owner.url };
}

/** True when a Postgres server is configured (DATABASE_URL or POSTGRES_URL): no embedded database. */
export function databaseServerConfigured(): boolean {
  return Boolean(env("DATABASE_URL") || env("POSTGRES_URL"));
}

/** host:port of a URL, without credentials, for error messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(an unparsable URL)";
  }
}
