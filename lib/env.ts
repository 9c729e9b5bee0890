import { z } from "zod";
// Relative imports: next.config.ts loads this file too, outside the app's bundler.
import { LIMIT_FORMAT, parseLimit, parseProxyTrust, PROXY_TRUST_FORMAT } from "./rate-limits/setting-formats";
import { retentionDaysSchema } from "./validations/privacy";

/**
 * Every setting the server reads from its environment, each with what it means (the README's
 * table is generated from these: `npm run docs:env`). `checkEnv()` checks them all: `npm start`
 * calls it before it starts or writes anything (scripts/start.ts), and next.config.ts for
 * `next build`, `next start` and `next dev`; a malformed one stops them, naming the variable and
 * what it expects. Code reads one at a time with `env(name)`, which validates what it reads. An
 * empty value counts as unset. `default` and `description` are Markdown, for the README; a
 * `secret` value is never repeated in a message.
 */
type Setting = { schema: z.ZodType; description: string; default?: string; secret?: true };

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

function parsesAs(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => parsesAs(v, ["postgres:", "postgresql:"]), "must be a postgres:// (or postgresql://) URL")
  .optional();

const folder = (fallback: string) => ({ schema: z.string().default(fallback), default: `\`${fallback}\`` });

function wholeNumber(fallback: number, min: number, max: number, expected: string) {
  const schema = z
    .string()
    .trim()
    .default(String(fallback))
    .refine((v) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max, `must be ${expected}`)
    .transform(Number);
  return { schema, default: `\`${fallback}\`` };
}

function limit(fallback: string) {
  const schema = z
    .string()
    .trim()
    .default(fallback)
    .transform((v, ctx) => {
      if (v === "off") return null;
      const parsed = parseLimit(v);
      if (!parsed) ctx.addIssue({ code: "custom", message: LIMIT_FORMAT });
      return parsed ?? z.NEVER;
    });
  return { schema, default: `\`${fallback}\`` };
}

const proxyTrust = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const trust = parseProxyTrust(v);
    if (!(trust instanceof Error)) return trust;
    ctx.addIssue({ code: "custom", message: `${PROXY_TRUST_FORMAT} (${trust.message})` });
    return z.NEVER;
  });

const SETTINGS = {
  DATABASE_URL: { schema: postgresUrl, secret: true, description: "any Postgres server, through node-postgres" },
  POSTGRES_URL: {
    schema: postgresUrl,
    secret: true,
    description: "Vercel Postgres, through `@vercel/postgres` (WebSockets); read when `DATABASE_URL` is unset",
  },
  POSTGRES_WS_PROXY: {
    schema: z
      .string()
      .trim()
      .regex(/^(\[[\d.:a-f]+\]|[^\s/:[\]]+)(:\d{1,5})?(\/\S*)?$/i, "must be host:port, without ws://")
      .optional(),
    description:
      "`host:port` of a WebSocket→TCP proxy that lets `POSTGRES_URL` reach a plain Postgres (local development and CI)",
  },
  DATABASE_REPLICA_URL: {
    schema: postgresUrl,
    secret: true,
    description:
      "a streaming replica of `DATABASE_URL`'s server: teachers' reports and CSV exports read it once it has replayed everything the primary held when the request began (otherwise the primary); students' pages always read the primary (`docs/deploy.md`)",
  },
  BYLINE_REPLICA_WAIT_MS: {
    ...wholeNumber(200, 0, 10_000, "a number of milliseconds (0 to 10000)"),
    description: "how long a report waits for the replica to catch up before it reads the primary instead",
  },
  BYLINE_DATA_DIR: {
    ...folder(".data/pglite"),
    description:
      "with neither `DATABASE_URL` nor `POSTGRES_URL` set, the embedded database: PGlite in this folder, served by one owner process",
  },
  BYLINE_DB_PORT: {
    ...wholeNumber(54329, 0, 65535, "a port number (0 to 65535)"),
    description: "the embedded database's port (another free one when it is taken; `0`: any)",
  },
  BYLINE_EMBEDDED_DATABASE_URL: {
    schema: postgresUrl,
    description:
      "the running embedded database, set by `npm start` and the scripts for the processes they start; not set by hand",
  },
  BYLINE_DB_POOL_SIZE: {
    ...wholeNumber(10, 1, 1000, "a whole number of connections (1 to 1000)"),
    description: "database connections each app process keeps open (node-postgres)",
  },
  BYLINE_DB_NAMED_STATEMENTS: {
    schema: z.enum(["on", "off"]).default("on"),
    default: "`on`",
    description:
      "`on`: each connection plans the statements of a student's every request once and reuses the plans (named prepared statements; planning is most of a short read's cost on the embedded database); `off` behind a pooler that cannot keep them (PgBouncer in transaction mode before 1.21)",
  },
  AUTH_SECRET: {
    schema: z.string().optional(),
    secret: true,
    default: "generated",
    description:
      "signs sessions and the app's cookies, keys the option order; `npm start` generates one into `.data/auth-secret` when neither this nor `NEXTAUTH_SECRET` is set",
  },
  NEXTAUTH_SECRET: {
    schema: z.string().optional(),
    secret: true,
    description: "read when `AUTH_SECRET` is unset (next-auth's older name)",
  },
  AUTH_URL: {
    schema: z
      .string()
      .trim()
      .refine(
        (v) => parsesAs(v, ["http:", "https:"]),
        "must be the app's public address, such as https://byline.example.org",
      )
      .optional(),
    description: "the app's public address, for next-auth; an `https:` one marks the app's cookies `Secure`",
  },
  BYLINE_ADMIN_EMAIL: {
    schema: z
      .email({ error: "must be an email address" })
      .transform((e) => e.toLowerCase())
      .optional(),
    description:
      "with `BYLINE_ADMIN_PASSWORD`, creates the first admin on start (or run `npm run admin:create -- --email you@school.org`)",
  },
  BYLINE_ADMIN_PASSWORD: {
    schema: z.string().min(12, "must be at least 12 characters").optional(),
    secret: true,
    description: "the first admin's password (12 characters or more)",
  },
  BYLINE_ADMIN_NAME: {
    schema: z.string().trim().default("Administrator"),
    default: "`Administrator`",
    description: "the first admin's name",
  },
  PORT: { ...wholeNumber(3000, 1, 65535, "a port number (1 to 65535)"), description: "web port" },
  LOG_LEVEL: {
    schema: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).optional(),
    default: "`info` (`silent` in tests)",
    description: "pino log level; logs are JSON on stdout",
  },
  BYLINE_TRUSTED_PROXIES: {
    schema: proxyTrust,
    description:
      "proxies in front of the app whose `X-Forwarded-For` entries the rate limits believe: a hop count (`1` behind one load balancer) or addresses/CIDRs; unset, only the socket's address counts (`docs/security.md`)",
  },
  BYLINE_LIMIT_SIGN_IN_ADDRESS: {
    ...limit("300/15m"),
    description:
      "sign-in attempts per address: `<attempts>/<window>`, the window in `s`, `m` or `h`, or `off` (benchmarks only); all limits: `docs/security.md`",
  },
  BYLINE_LIMIT_SIGN_IN_ACCOUNT: {
    ...limit("10/15m"),
    description: "sign-in attempts per account, counted before the password check",
  },
  BYLINE_LIMIT_SIGN_UP_ADDRESS: { ...limit("60/1h"), description: "new accounts per address" },
  BYLINE_LIMIT_JOIN_ADDRESS: { ...limit("300/15m"), description: "class-code attempts per address" },
  BYLINE_LIMIT_JOIN_ACCOUNT: { ...limit("10/15m"), description: "class-code attempts per account" },
  BYLINE_LIMIT_ANSWERS_ACCOUNT: { ...limit("120/1m"), description: "answers per account" },
  BYLINE_RETENTION_DAYS_ARCHIVED: {
    schema: retentionDaysSchema,
    description:
      "answers of classes archived longer than this many days are purged by `npm run privacy:purge` (unset: kept)",
  },
  BYLINE_EXTRA_CONTENT_DIR: {
    schema: z.string().optional(),
    description: "content loaded on top of `content/` (the e2e tests' canary lesson)",
  },
  BYLINE_DIST_DIR: { ...folder(".next"), description: "the build folder (the e2e tests build into `.next-e2e`)" },
  NODE_ENV: {
    schema: z
      .enum(["development", "production", "test"], { error: "must be development, production or test" })
      .optional(),
    description: "set by Next, `npm start` and the test runner; not set by hand",
  },
} satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;
export type Settings = { [K in SettingName]: z.output<(typeof SETTINGS)[K]["schema"]> };

const NAMES = Object.keys(SETTINGS) as SettingName[];

/** A malformed setting: one line per variable, naming it and what it expects. */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "EnvError";
  }
}

function parseSetting<K extends SettingName>(
  name: K,
  raw: string | undefined,
): { value: Settings[K] } | { problem: string } {
  const setting: Setting = SETTINGS[name];
  const parsed = setting.schema.safeParse(raw?.trim() ? raw : undefined);
  if (parsed.success) return { value: parsed.data as Settings[K] };
  const given = setting.secret ? "value not shown" : `got ${JSON.stringify(raw)}`;
  return { problem: `${name} ${parsed.error.issues[0]?.message ?? "is not valid"} (${given})` };
}

/** The settings in `source`, or an EnvError listing every malformed one. */
export function parseSettings(source: Readonly<Record<string, string | undefined>>): Settings {
  const values: Partial<Record<SettingName, unknown>> = {};
  const problems: string[] = [];
  for (const name of NAMES) {
    const parsed = parseSetting(name, source[name]);
    if ("problem" in parsed) problems.push(parsed.problem);
    else values[name] = parsed.value;
  }
  if (values.DATABASE_REPLICA_URL && !values.DATABASE_URL && !values.POSTGRES_URL)
    problems.push("DATABASE_REPLICA_URL needs DATABASE_URL or POSTGRES_URL: the embedded database has no replica");
  if (problems.length > 0) throw new EnvError(problems);
  return values as Settings;
}

/** Every setting, validated together: the start of `npm start` and of Next (next.config.ts). */
export function checkEnv(): Settings {
  return parseSettings(process.env);
}

// Read at call time, since tests and scripts change process.env as they run (a limit per test,
// the embedded database's URL once its owner runs); a value is parsed again only when its text
// changed, as the rate limits read theirs on every request. One variable per read: reading the
// process's environment costs a microsecond or two a variable.
const parsedByName = new Map<SettingName, { raw: string | undefined; value: unknown }>();

/** One setting, validated; throws an EnvError naming the variable and what it expects. */
export function env<K extends SettingName>(name: K): Settings[K] {
  const raw = process.env[name];
  const known = parsedByName.get(name);
  if (known && known.raw === raw) return known.value as Settings[K];
  const parsed = parseSetting(name, raw);
  if ("problem" in parsed) throw new EnvError([parsed.problem]);
  parsedByName.set(name, { raw, value: parsed.value });
  return parsed.value;
}

export function hasServerSecret(): boolean {
  return Boolean(env("AUTH_SECRET") ?? env("NEXTAUTH_SECRET"));
}

/** The deployment's one secret: sessions, signed and encrypted cookies, the option order. */
export function serverSecret(): string {
  const secret = env("AUTH_SECRET") ?? env("NEXTAUTH_SECRET");
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return secret;
}

/** The first admin to create on start, when BYLINE_ADMIN_EMAIL and BYLINE_ADMIN_PASSWORD are set. */
export function adminFromSettings(): { email: string; password: string; name: string } | null {
  const [email, password] = [env("BYLINE_ADMIN_EMAIL"), env("BYLINE_ADMIN_PASSWORD")];
  if (!email && !password) return null;
  if (!email)
    throw new EnvError([
      "BYLINE_ADMIN_EMAIL must be set too when BYLINE_ADMIN_PASSWORD is (to create the first admin)",
    ]);
  if (!password)
    throw new EnvError([
      "BYLINE_ADMIN_PASSWORD must be set too when BYLINE_ADMIN_EMAIL is (to create the first admin)",
    ]);
  return { email, password, name: env("BYLINE_ADMIN_NAME") };
}

/** Each setting's documentation, in the schema's order (scripts/lib/settings-table.ts). */
export function settingDocs(): { name: SettingName; description: string; default?: string }[] {
  return NAMES.map((name) => {
    const setting: Setting = SETTINGS[name];
    return { name, description: setting.description, default: setting.default };
  });
}
