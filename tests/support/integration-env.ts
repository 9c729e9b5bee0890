import { afterAll, inject } from "vitest";
import { closeDb } from "@/db";

// Workers must reach the embedded database the global setup started; passing it explicitly
// does not rely on workers inheriting environment changes made after Vitest started.
const embeddedUrl = inject("embeddedDatabaseUrl");
if (embeddedUrl) process.env.BYLINE_EMBEDDED_DATABASE_URL = embeddedUrl;

// An open pool keeps a worker alive after its tests finish.
afterAll(async () => {
  await closeDb();
});
