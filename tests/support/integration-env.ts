import { afterAll, inject, vi } from "vitest";
import { closeDb } from "@/db";

// Workers must reach the embedded database the global setup started. Vitest 4.1's workers do
// inherit env set in a global setup (checked with forks, threads and vmForks), but only
// provide/inject is documented to cross that boundary.
const embeddedUrl = inject("embeddedDatabaseUrl");
if (embeddedUrl) process.env.BYLINE_EMBEDDED_DATABASE_URL = embeddedUrl;

// The app's secret signs guest progress and keys each student's option order; a fixed one here.
process.env.AUTH_SECRET ??= "byline-integration-tests-secret";

// An open pool keeps a worker alive after its tests finish.
afterAll(async () => {
  await closeDb();
});

// Actions read the client address (rate limits) from the request headers; there is no request here.
vi.mock("next/headers", async () => (await import("./request-headers")).headersModule());
