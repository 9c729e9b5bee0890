import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createWorld, destroyWorld, snapshot, type World } from "../support/authorization-world";
import { Redirected, signInAs } from "../support/mock-session";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/navigation", async () => (await import("../support/mock-session")).navigationModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
vi.mock("@/server/auth", () => ({ signIn: vi.fn(async () => undefined), signOut: vi.fn(async () => undefined) }));
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));

type AnyAction = (...args: unknown[]) => Promise<unknown>;

/** Every exported server action under app/, with how many arguments it takes. */
function actionFiles(dir = "app"): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) return actionFiles(file);
    return /\.ts$/.test(entry) && /^["']use server["']/m.test(readFileSync(file, "utf8")) ? [file] : [];
  });
}

/** Field names the actions read, mixed with junk, each given junk or something near-valid. */
const FIELD_NAMES = [
  "classId",
  "studentId",
  "assignmentId",
  "lessonId",
  "questionId",
  "sourceId",
  "inviteId",
  "teacherId",
  "name",
  "code",
  "text",
  "title",
  "body",
  "prompt",
  "correct",
  "dueAt",
  "audience",
  "closed",
  "enabled",
  "archived",
  "confirmName",
  "chosen",
  "option-0-text",
  "x",
];
const fieldValue = (w: World) =>
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ maxLength: 5000 }),
    fc.constantFrom(
      w.classId,
      w.student.id,
      w.assignmentId,
      w.lessonId,
      "00000000-0000-0000-0000-000000000000",
      "../../etc/passwd",
      "<script>alert(1)</script>",
      "' or 1=1 --",
      "true",
      "2031-01-01T10:00",
      "\u0000",
    ),
  );
const forms = (w: World) =>
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(fieldValue(w), fc.array(fieldValue(w), { maxLength: 3 })), {
    maxKeys: 8,
  });

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => {
  signInAs(null);
  await destroyWorld(world);
});

describe("actions under random input", () => {
  for (const file of actionFiles()) {
    it(`${file}: never throws, and a refusal writes nothing`, async () => {
      const actions = Object.entries(await import(/* @vite-ignore */ path.join(process.cwd(), file))).filter(
        ([, v]) => typeof v === "function",
      ) as [string, AnyAction][];
      await fc.assert(
        fc.asyncProperty(
          forms(world),
          fc.constantFrom("owner", "student", "admin") as fc.Arbitrary<"owner" | "student" | "admin">,
          async (fields, persona) => {
            for (const [name, action] of actions) {
              signInAs(world[persona]);
              const data = new FormData();
              for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
              const before = await snapshot(world);
              const result = await (action.length >= 2 ? action({}, data) : action(data)).catch((e: unknown) => {
                if (e instanceof Redirected) return e;
                throw new Error(`${name} threw on ${JSON.stringify(fields)}: ${String(e)}`);
              });
              const ok =
                result instanceof Redirected ||
                (typeof result === "object" && result !== null && "ok" in result && (result as { ok?: boolean }).ok);
              if (!ok && result !== undefined) expect(await snapshot(world), `${name} refused but wrote`).toBe(before);
            }
          },
        ),
        { numRuns: 6 },
      );
    });
  }
});
