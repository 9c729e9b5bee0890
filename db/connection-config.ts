import { readOwnerInfo, resolveDataDir } from "./embedded/owner-info";

export type DatabaseMode = "server" | "vercel" | "embedded";
export type ConnectionConfig = { mode: DatabaseMode; url: string };

/**
 * The one place that decides which database the app talks to:
 * DATABASE_URL → a Postgres server over node-postgres; POSTGRES_URL → @vercel/postgres;
 * neither → the embedded PGlite, through the owner process that serves it.
 */
export function resolveConnection(env: NodeJS.ProcessEnv = process.env): ConnectionConfig {
  if (env.DATABASE_URL) return { mode: "server", url: env.DATABASE_URL };
  if (env.POSTGRES_URL) return { mode: "vercel", url: env.POSTGRES_URL };
  if (env.BYLINE_EMBEDDED_DATABASE_URL) return { mode: "embedded", url: env.BYLINE_EMBEDDED_DATABASE_URL };
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

/** host:port of a URL, without credentials, for error messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(an unparsable URL)";
  }
}
