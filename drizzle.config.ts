import { defineConfig } from "drizzle-kit";

// Generating migrations needs no database. To run drizzle-kit against a live one, point
// DATABASE_URL at it (for the embedded database: the owner's URL printed by `npm start`).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
  strict: true,
});
