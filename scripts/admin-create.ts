/** `npm run admin:create -- --email you@school.org --name "Your Name"`; the password is read from BYLINE_ADMIN_PASSWORD or stdin. */
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { z } from "zod";
import { closeDb, db } from "@/db";
import { databaseServerConfigured } from "@/db/connection-config";
import { withEmbeddedOwner } from "@/db/embedded/with-embedded-owner";
import { prepareDatabase } from "@/db/prepare";
import { createAdmin } from "@/db/seed/admin";
import { env } from "@/lib/env";
import { displayName } from "@/lib/validations/names";

const args = z.object({
  email: z.email({ message: "--email must be an email address" }),
  name: displayName("--name must not be empty").default("Administrator"),
});

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const parsed = args.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const password = env("BYLINE_ADMIN_PASSWORD") ?? (await ask("Password for the new admin (12+ characters): "));
  if (password.length < 12) throw new Error("The password must be at least 12 characters.");
  const create = async () => {
    await prepareDatabase({ seedDemo: false });
    return createAdmin(db, { ...parsed.data, password });
  };
  const result = databaseServerConfigured() ? await create() : await withEmbeddedOwner(create);
  console.log(
    result === "created"
      ? `Admin ${parsed.data.email} created.`
      : `An account with ${parsed.data.email} already exists.`,
  );
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

main()
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
