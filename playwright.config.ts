import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_DATA_DIR } from "./tests/e2e/support/e2e-database";

// Playwright cannot download browsers here: it drives Debian's Chromium (or BYLINE_CHROMIUM).
const chromium = process.env.BYLINE_CHROMIUM ?? "/usr/bin/chromium";
const port = Number.parseInt(process.env.E2E_PORT ?? "3100", 10);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // Whole journeys (several accounts, a dozen questions) on a 2-core machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    // The real start path (launcher, embedded database owner, migrations, seed, production
    // build when stale) on a throwaway data dir and its own ports.
    command: `rm -rf ${path.dirname(E2E_DATA_DIR)} && node node_modules/tsx/dist/cli.mjs scripts/start.ts`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      BYLINE_DATA_DIR: E2E_DATA_DIR,
      BYLINE_DB_PORT: process.env.E2E_DB_PORT ?? "54400",
      BYLINE_DIST_DIR: ".next-e2e",
      BYLINE_EXTRA_CONTENT_DIR: "tests/fixtures/canary-content",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      // Every test signs up its own accounts from one address: more than a school would in an hour.
      BYLINE_LIMIT_SIGN_UP_ADDRESS: "1000/1h",
      DATABASE_URL: "",
      POSTGRES_URL: "",
    },
  },
});
