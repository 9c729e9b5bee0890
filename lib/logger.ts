import pino, { type LogFn, type Logger } from "pino";
import { env } from "@/lib/env";

type Level = "fatal" | "error" | "warn" | "info" | "debug" | "trace";

let instance: Logger | undefined;

/**
 * Made on first use, not on import: the launcher imports this before it checks the settings,
 * and a malformed LOG_LEVEL must be reported with the others, not as a crash on import.
 */
function pinoLogger(): Logger {
  instance ??= pino({
    level: env("LOG_LEVEL") ?? (env("NODE_ENV") === "test" ? "silent" : "info"),
    base: { app: "byline" },
    redact: {
      paths: ["password", "*.password", "passwordHash", "*.passwordHash", "email", "*.email"],
      censor: "[redacted]",
    },
  });
  return instance;
}

const forward = (level: Level): LogFn => ((...args: Parameters<LogFn>) => pinoLogger()[level](...args)) as LogFn;

/** Structured JSON logs on stdout for operators; `LOG_LEVEL` sets the threshold. */
export const logger = {
  fatal: forward("fatal"),
  error: forward("error"),
  warn: forward("warn"),
  info: forward("info"),
  debug: forward("debug"),
  trace: forward("trace"),
};
