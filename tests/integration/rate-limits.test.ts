import { randomUUID } from "node:crypto";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { signUpAction } from "@/app/(auth)/actions";
import { joinClassAction } from "@/app/join/actions";
import { db, openConnection, selectRows } from "@/db";
import { createClass } from "@/db/mutations/classes";
import { hitRateLimits } from "@/db/mutations/rate-limits";
import { recordAnswerNow } from "@/tests/support/record-answer";
import type { SessionUser } from "@/db/queries/users";
import { answers, attempts, users } from "@/db/schema";
import { syncContent } from "@/db/sync-content";
import { CONTENT_DIR, loadContent } from "@/lib/content/load-content";
import { answerRefusalMessage, type Refused } from "@/lib/grading/answer-refusals";
import { parseLimit } from "@/lib/rate-limits/setting-formats";
import { limitKey } from "@/lib/rate-limits/settings";
import { createAccount, deleteAccounts, formData } from "../support/classroom";
import { signInAs } from "../support/mock-session";
import { request } from "../support/request-headers";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
vi.mock("@/server/auth", () => ({ signIn: vi.fn(async () => undefined), signOut: vi.fn() }));
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));

const SETTINGS = [
  "BYLINE_LIMIT_JOIN_ACCOUNT",
  "BYLINE_LIMIT_JOIN_ADDRESS",
  "BYLINE_LIMIT_ANSWERS_ACCOUNT",
  "BYLINE_LIMIT_SIGN_UP_ADDRESS",
];
let teacher: SessionUser, students: SessionUser[];
let code: string;
const emails: string[] = [];

beforeAll(async () => {
  await syncContent(db, loadContent([CONTENT_DIR, path.join(process.cwd(), "tests/fixtures/canary-content")]));
  [teacher, ...students] = await Promise.all([
    createAccount("teacher"),
    ...[1, 2, 3, 4].map(() => createAccount("student")),
  ]);
  ({ joinCode: code } = await createClass(teacher.id, { name: "Limits", section: null, schoolYear: null }));
});

afterEach(() => {
  for (const name of SETTINGS) delete process.env[name];
  request.address = `198.51.100.${Math.floor(Math.random() * 250)}`;
});

afterAll(async () => {
  signInAs(null);
  for (const email of emails) await db.delete(users).where(eq(users.email, email));
  await deleteAccounts([teacher, ...students].filter(Boolean).map((u) => u.id));
  await syncContent(db, loadContent(CONTENT_DIR));
});

describe("rate limits", () => {
  it("read their settings as attempts per window", () => {
    expect(parseLimit("10/15m")).toEqual({ points: 10, seconds: 900 });
    expect(parseLimit("5/1h")).toEqual({ points: 5, seconds: 3600 });
    expect(parseLimit("ten")).toBeNull();
  });

  it("count in Postgres, so a second app instance (another pool) sees the same counter", async () => {
    process.env.BYLINE_LIMIT_JOIN_ACCOUNT = "3/1m";
    const subject = randomUUID();
    for (let i = 0; i < 3; i++) expect(await hitRateLimits([{ name: "joinPerAccount", subject }])).toBe(0);
    const other = openConnection();
    try {
      const [row] = await selectRows<{ wait: number }>(
        sql`select hit_rate_limit(${limitKey("joinPerAccount", subject)}, 3, 60) as wait`,
        other.db,
      );
      expect(row!.wait).toBeGreaterThan(0);
      expect(row!.wait).toBeLessThanOrEqual(60);
    } finally {
      await other.close();
    }
    const [stored] = await selectRows<{ key: string }>(
      sql`select key from rate_limits where key = ${limitKey("joinPerAccount", subject)}`,
    );
    expect(stored!.key).not.toContain(subject);
  });

  it("stop a student guessing class codes, even with the right one, and say when to try again", async () => {
    process.env.BYLINE_LIMIT_JOIN_ACCOUNT = "4/15m";
    signInAs(students[0]!);
    for (let i = 0; i < 4; i++)
      expect((await joinClassAction({}, formData({ code: `ZZZZ-ZZ${i}Z` }))).ok).toBeUndefined();
    const blocked = await joinClassAction({}, formData({ code }));
    expect(blocked.message).toMatch(
      /^Too many class-code attempts in a short time\. Please wait \d+ minutes and try again\.$/,
    );
    signInAs(students[1]!);
    expect(await joinClassAction({}, formData({ code }))).toMatchObject({ ok: true });
  });

  it("limit one address across accounts", async () => {
    process.env.BYLINE_LIMIT_JOIN_ADDRESS = "2/1m";
    request.address = "192.0.2.77";
    signInAs(students[2]!);
    await joinClassAction({}, formData({ code: "AAAA-AAAA" }));
    await joinClassAction({}, formData({ code: "AAAA-AAAB" }));
    signInAs(students[3]!);
    expect((await joinClassAction({}, formData({ code }))).message).toMatch(/Too many class-code attempts/);
    request.address = "192.0.2.78";
    expect(await joinClassAction({}, formData({ code }))).toMatchObject({ ok: true });
  });

  it("limit new accounts per address", async () => {
    process.env.BYLINE_LIMIT_SIGN_UP_ADDRESS = "1/1h";
    request.address = "192.0.2.90";
    const form = () => {
      const email = `limit-${randomUUID()}@byline.test`;
      emails.push(email);
      return formData({ name: "New Student", email, password: "a-long-password-9", confirmAge: "on", timeZone: "UTC" });
    };
    // The first account is made and signed in: the action sends it home.
    await expect(signUpAction({}, form())).rejects.toMatchObject({ digest: expect.stringContaining(";/home;") });
    expect((await signUpAction({}, form())).message).toMatch(/^Too many new accounts from this network/);
  });

  it("limit answers per account, storing nothing refused", async () => {
    process.env.BYLINE_LIMIT_ANSWERS_ACCOUNT = "1/1m";
    const student = students[3]!;
    const first = await recordAnswerNow({
      userId: student.id,
      lessonId: "canary-lesson",
      questionId: "canary-question-one",
      chosen: ["bloomberg"],
    });
    expect(first).toHaveProperty("fresh", true);
    const second = await recordAnswerNow({
      userId: student.id,
      lessonId: "canary-lesson",
      questionId: "canary-question-two",
      chosen: ["driscoll"],
    });
    expect(second).toEqual({ refusal: "rate-limited", retryAfter: expect.any(Number) });
    expect(answerRefusalMessage(second as Refused)).toMatch(
      /^Too many answers in a short time\. Please wait \d+ seconds and try again\.$/,
    );
    const stored = await db
      .select({ q: answers.questionId })
      .from(answers)
      .innerJoin(attempts, eq(attempts.id, answers.attemptId))
      .where(eq(attempts.userId, student.id));
    expect(stored).toEqual([{ q: "canary-question-one" }]);
  });
});
