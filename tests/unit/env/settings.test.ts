import { afterEach, describe, expect, it, vi } from "vitest";
import { adminFromSettings, checkEnv, env, EnvError, parseSettings, serverSecret } from "@/lib/env";
import { limitFor } from "@/lib/rate-limits/settings";

/** The message parseSettings throws for `source`, or "" when it parses. */
function problem(source: Record<string, string>): string {
  try {
    parseSettings(source);
    return "";
  } catch (err) {
    expect(err).toBeInstanceOf(EnvError);
    return (err as EnvError).message;
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the settings schema", () => {
  it("gives every default when nothing is set, and reads an empty value as unset", () => {
    for (const source of [{}, { PORT: "", BYLINE_LIMIT_SIGN_IN_ACCOUNT: " ", BYLINE_DATA_DIR: "" }]) {
      const settings = parseSettings(source);
      expect(settings.PORT).toBe(3000);
      expect(settings.BYLINE_DB_PORT).toBe(54329);
      expect(settings.BYLINE_DB_POOL_SIZE).toBe(10);
      expect(settings.BYLINE_DATA_DIR).toBe(".data/pglite");
      expect(settings.BYLINE_DIST_DIR).toBe(".next");
      expect(settings.BYLINE_ADMIN_NAME).toBe("Administrator");
      expect(settings.BYLINE_LIMIT_SIGN_IN_ACCOUNT).toEqual({ points: 10, seconds: 900 });
      expect(settings.BYLINE_LIMIT_SIGN_UP_ADDRESS).toEqual({ points: 60, seconds: 3600 });
      expect(settings.BYLINE_TRUSTED_PROXIES).toEqual({ hops: 0 });
      expect(settings.BYLINE_RETENTION_DAYS_ARCHIVED).toBeNull();
      expect(settings.DATABASE_URL).toBeUndefined();
      expect(settings.LOG_LEVEL).toBeUndefined();
    }
  });

  it("takes a replica only beside a Postgres server, and a bounded wait for it", () => {
    const replica = "postgres://reader@replica:5432/byline";
    expect(problem({ DATABASE_REPLICA_URL: replica })).toMatch(
      /DATABASE_REPLICA_URL needs DATABASE_URL or POSTGRES_URL/,
    );
    expect(problem({ DATABASE_REPLICA_URL: replica, DATABASE_URL: "postgres://app@primary/byline" })).toBe("");
    expect(problem({ DATABASE_REPLICA_URL: "mysql://replica/x", DATABASE_URL: "postgres://p/b" })).toMatch(
      /DATABASE_REPLICA_URL must be a postgres:\/\/ .* \(value not shown\)/,
    );
    expect(parseSettings({}).BYLINE_REPLICA_WAIT_MS).toBe(200);
    expect(problem({ BYLINE_REPLICA_WAIT_MS: "60000" })).toMatch(
      /BYLINE_REPLICA_WAIT_MS must be a number of milliseconds/,
    );
  });

  it("parses good values into what the app uses", () => {
    const settings = parseSettings({
      DATABASE_URL: "postgres://byline:pw@db.school.org:5432/byline",
      POSTGRES_URL: "postgresql://default@ep-1.neon.tech/verceldb?sslmode=require",
      POSTGRES_WS_PROXY: "127.0.0.1:5433",
      BYLINE_DB_PORT: " 5432 ",
      PORT: "8080",
      AUTH_URL: "https://byline.school.org",
      BYLINE_ADMIN_EMAIL: "Head@School.org",
      BYLINE_ADMIN_PASSWORD: "correct horse battery",
      LOG_LEVEL: "warn",
      BYLINE_TRUSTED_PROXIES: "10.0.0.0/8, loopback",
      BYLINE_LIMIT_SIGN_IN_ACCOUNT: "5/1h",
      BYLINE_LIMIT_ANSWERS_ACCOUNT: "off",
      BYLINE_RETENTION_DAYS_ARCHIVED: "365",
      NODE_ENV: "production",
    });
    expect(settings.BYLINE_DB_PORT).toBe(5432);
    expect(settings.PORT).toBe(8080);
    expect(settings.POSTGRES_WS_PROXY).toBe("127.0.0.1:5433");
    expect(settings.BYLINE_ADMIN_EMAIL).toBe("head@school.org");
    expect(settings.LOG_LEVEL).toBe("warn");
    expect(settings.BYLINE_TRUSTED_PROXIES).toEqual({ addresses: ["10.0.0.0/8", "loopback"] });
    expect(settings.BYLINE_LIMIT_SIGN_IN_ACCOUNT).toEqual({ points: 5, seconds: 3600 });
    expect(settings.BYLINE_LIMIT_ANSWERS_ACCOUNT).toBeNull();
    expect(settings.BYLINE_RETENTION_DAYS_ARCHIVED).toBe(365);
    expect(parseSettings({ BYLINE_TRUSTED_PROXIES: "2" }).BYLINE_TRUSTED_PROXIES).toEqual({ hops: 2 });
  });

  it.each([
    [
      "BYLINE_LIMIT_SIGN_IN_ACCOUNT",
      "ten",
      'BYLINE_LIMIT_SIGN_IN_ACCOUNT must be "<attempts>/<window>" such as 10/15m, or "off" (got "ten")',
    ],
    [
      "BYLINE_LIMIT_JOIN_ADDRESS",
      "10/15d",
      'BYLINE_LIMIT_JOIN_ADDRESS must be "<attempts>/<window>" such as 10/15m, or "off" (got "10/15d")',
    ],
    ["BYLINE_LIMIT_ANSWERS_ACCOUNT", "0/1m", 'BYLINE_LIMIT_ANSWERS_ACCOUNT must be "<attempts>/<window>"'],
    ["BYLINE_DB_PORT", "fifty", 'BYLINE_DB_PORT must be a port number (0 to 65535) (got "fifty")'],
    ["PORT", "70000", 'PORT must be a port number (1 to 65535) (got "70000")'],
    ["BYLINE_DB_POOL_SIZE", "0", 'BYLINE_DB_POOL_SIZE must be a whole number of connections (1 to 1000) (got "0")'],
    ["LOG_LEVEL", "verbose", 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")'],
    ["NODE_ENV", "staging", 'NODE_ENV must be development, production or test (got "staging")'],
    ["AUTH_URL", "byline.school.org", "AUTH_URL must be the app's public address"],
    [
      "POSTGRES_WS_PROXY",
      "ws://127.0.0.1:5433",
      'POSTGRES_WS_PROXY must be host:port, without ws:// (got "ws://127.0.0.1:5433")',
    ],
    ["BYLINE_ADMIN_EMAIL", "head teacher", 'BYLINE_ADMIN_EMAIL must be an email address (got "head teacher")'],
    [
      "BYLINE_TRUSTED_PROXIES",
      "10.0.0.0/99",
      "BYLINE_TRUSTED_PROXIES must be a hop count such as 1, or a comma list of addresses",
    ],
    [
      "BYLINE_RETENTION_DAYS_ARCHIVED",
      "a year",
      'BYLINE_RETENTION_DAYS_ARCHIVED must be a whole number of days (0 or more) (got "a year")',
    ],
    ["BYLINE_RETENTION_DAYS_ARCHIVED", "99999", "BYLINE_RETENTION_DAYS_ARCHIVED must be at most 36500 days"],
  ])("refuses %s=%j, naming it and what it expects", (name, value, message) => {
    expect(problem({ [name]: value })).toContain(message);
  });

  it("never repeats a value that may hold a password", () => {
    const secret = "hunter2-hunter2";
    for (const [name, value] of [
      ["DATABASE_URL", `mysql://root:${secret}@db`],
      ["POSTGRES_URL", `${secret}@db`],
      ["BYLINE_ADMIN_PASSWORD", "hunter2"],
    ]) {
      const message = problem({ [name!]: value! });
      expect(message).toMatch(new RegExp(`^${name} must .*\\(value not shown\\)$`));
      expect(message).not.toContain("hunter2");
    }
  });

  it("lists every malformed setting at once, one a line", () => {
    const message = problem({ PORT: "web", BYLINE_LIMIT_SIGN_UP_ADDRESS: "lots", BYLINE_DIST_DIR: ".next-custom" });
    expect(message.split("\n")).toEqual([
      'PORT must be a port number (1 to 65535) (got "web")',
      'BYLINE_LIMIT_SIGN_UP_ADDRESS must be "<attempts>/<window>" such as 10/15m, or "off" (got "lots")',
    ]);
  });
});

describe("reading a setting", () => {
  it("reads process.env at call time, again whenever it changed", () => {
    vi.stubEnv("BYLINE_LIMIT_JOIN_ACCOUNT", "3/1m");
    expect(limitFor("joinPerAccount")).toEqual({ points: 3, seconds: 60 });
    vi.stubEnv("BYLINE_LIMIT_JOIN_ACCOUNT", "off");
    expect(limitFor("joinPerAccount")).toBeNull();
    vi.stubEnv("BYLINE_LIMIT_JOIN_ACCOUNT", "");
    expect(limitFor("joinPerAccount")).toEqual({ points: 10, seconds: 900 });
  });

  it("throws on a malformed value instead of falling back to the default", () => {
    vi.stubEnv("BYLINE_LIMIT_SIGN_IN_ACCOUNT", "ten");
    expect(() => limitFor("signInPerAccount")).toThrow(EnvError);
    expect(() => env("BYLINE_LIMIT_SIGN_IN_ACCOUNT")).toThrow(
      'BYLINE_LIMIT_SIGN_IN_ACCOUNT must be "<attempts>/<window>" such as 10/15m, or "off" (got "ten")',
    );
    expect(() => checkEnv()).toThrow("BYLINE_LIMIT_SIGN_IN_ACCOUNT must be");
    // A read of another setting is not stopped by it: the start (checkEnv) is.
    expect(env("BYLINE_LIMIT_SIGN_IN_ADDRESS")).toEqual({ points: 300, seconds: 900 });
  });

  it("has one server secret: AUTH_SECRET, else NEXTAUTH_SECRET", () => {
    vi.stubEnv("AUTH_SECRET", "first-secret");
    vi.stubEnv("NEXTAUTH_SECRET", "older-secret");
    expect(serverSecret()).toBe("first-secret");
    vi.stubEnv("AUTH_SECRET", "");
    expect(serverSecret()).toBe("older-secret");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    expect(() => serverSecret()).toThrow("AUTH_SECRET is not set");
  });

  it("creates the first admin only from an email and a password together", () => {
    vi.stubEnv("BYLINE_ADMIN_EMAIL", "");
    vi.stubEnv("BYLINE_ADMIN_PASSWORD", "");
    expect(adminFromSettings()).toBeNull();
    vi.stubEnv("BYLINE_ADMIN_EMAIL", "Head@School.org");
    expect(() => adminFromSettings()).toThrow("BYLINE_ADMIN_PASSWORD must be set too when BYLINE_ADMIN_EMAIL is");
    vi.stubEnv("BYLINE_ADMIN_PASSWORD", "correct horse battery");
    expect(adminFromSettings()).toEqual({
      email: "head@school.org",
      password: "correct horse battery",
      name: "Administrator",
    });
    vi.stubEnv("BYLINE_ADMIN_EMAIL", "");
    expect(() => adminFromSettings()).toThrow("BYLINE_ADMIN_EMAIL must be set too when BYLINE_ADMIN_PASSWORD is");
  });
});
