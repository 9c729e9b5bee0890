import pino from "pino";

/** Structured JSON logs on stdout for operators; `LOG_LEVEL` sets the threshold. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "byline" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "email", "*.email"], censor: "[redacted]" },
});
