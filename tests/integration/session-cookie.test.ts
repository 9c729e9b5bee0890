import { spawnSync } from "node:child_process";
import { eq, sql } from "drizzle-orm";
import { decode, encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { createSession } from "@/db/mutations/sessions";
import { sessions, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { SESSION_ABSOLUTE_SECONDS, SESSION_RENEW_SECONDS } from "@/lib/session-timeouts";
import { createAccount, deleteAccounts } from "../support/classroom";
import { request } from "../support/request-headers";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

// Outside a request there is nothing to wait for; the session check itself is real.
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => undefined,
}));

const COOKIE = "authjs.session-token";
const SECRET = "integration-test-secret-0123456789abcdef";
const now = () => Math.floor(Date.now() / 1000);

async function cookieFor(claims: Record<string, unknown>, name = COOKIE): Promise<string> {
  return `${name}=${await encode({ token: claims, secret: SECRET, salt: name })}`;
}

// React's cache only memoizes inside a server render: each call here reads the cookie again.
async function currentUser() {
  return (await import("@/server/session")).getCurrentUser();
}

async function sessionEndpoint(cookie: string) {
  const { handlers } = await import("@/server/auth");
  const { NextRequest } = await import("next/server");
  return handlers.GET(new NextRequest("http://localhost/api/auth/session", { headers: { cookie, host: "localhost" } }));
}

describe("the session cookie", () => {
  const created: string[] = [];
  let user: Awaited<ReturnType<typeof createAccount>>;
  const savedSecret = process.env.AUTH_SECRET;

  beforeAll(async () => {
    process.env.AUTH_SECRET = SECRET;
    user = await createAccount("student", "Cookie Reader");
    created.push(user.id);
  });
  afterEach(() => {
    request.cookie = undefined;
  });
  afterAll(async () => {
    process.env.AUTH_SECRET = savedSecret;
    await deleteAccounts(created);
  });

  it("is read without re-issuing it: a valid cookie gives the account as the database has it", async () => {
    request.cookie = await cookieFor({ sub: user.id, role: "student", sid: user.sessionId, authAt: now() });
    expect(await currentUser()).toMatchObject({ id: user.id, name: "Cookie Reader", role: "student" });
    // The secure name is used behind TLS.
    request.cookie = await cookieFor(
      { sub: user.id, role: "student", sid: user.sessionId, authAt: now() },
      `__Secure-${COOKIE}`,
    );
    expect(await currentUser()).toMatchObject({ id: user.id });
  });

  it("is due its renewal by next-auth's session endpoint once it is ten minutes old, and not after it", async () => {
    const { sessionRenewalDue } = await import("@/server/session");
    const claims = { sub: user.id, role: "student", sid: user.sessionId, authAt: now() - 3600 };
    request.cookie = await cookieFor(claims);
    expect(await sessionRenewalDue()).toBe(false);
    // A cookie issued (iat) just over the interval ago.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() - (SESSION_RENEW_SECONDS + 5) * 1000 });
    const old = await cookieFor(claims);
    vi.useRealTimers();
    request.cookie = old;
    expect(await sessionRenewalDue()).toBe(true);
    const renewed = (await sessionEndpoint(old)).headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
    request.cookie = renewed!.split(";")[0];
    expect(await sessionRenewalDue()).toBe(false);
    // Nothing to renew without a valid cookie.
    request.cookie = `${old.slice(0, -4)}AAAA`;
    expect(await sessionRenewalDue()).toBe(false);
    request.cookie = undefined;
    expect(await sessionRenewalDue()).toBe(false);
  });

  it("gives nobody for no cookie, a forged or tampered cookie, an expired one, or one past the absolute timeout", async () => {
    expect(await currentUser()).toBeNull();
    const valid = await cookieFor({ sub: user.id, sid: user.sessionId, authAt: now() });
    request.cookie = `${valid.slice(0, -4)}AAAA`;
    expect(await currentUser()).toBeNull();
    request.cookie = `${COOKIE}=${await encode({ token: { sub: user.id, sid: user.sessionId, authAt: now() }, secret: "another-secret-entirely-0123456789", salt: COOKIE })}`;
    expect(await currentUser()).toBeNull();
    request.cookie = `${COOKIE}=${await encode({ token: { sub: user.id, sid: user.sessionId, authAt: now() }, secret: SECRET, salt: COOKIE, maxAge: -60 })}`;
    expect(await currentUser()).toBeNull();
    request.cookie = await cookieFor({
      sub: user.id,
      sid: user.sessionId,
      authAt: now() - SESSION_ABSOLUTE_SECONDS - 1,
    });
    expect(await currentUser()).toBeNull();
    request.cookie = await cookieFor({ sub: user.id, sid: user.sessionId });
    expect(await currentUser()).toBeNull();
  });

  it("stops working when the cookie expires, even one read before", async () => {
    request.cookie = `${COOKIE}=${await encode({ token: { sub: user.id, sid: user.sessionId, authAt: now() }, secret: SECRET, salt: COOKIE, maxAge: 60 })}`;
    expect(await currentUser()).toMatchObject({ id: user.id });
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 61_000);
      expect(await currentUser()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("stops working at once when its session row ends or the account is disabled", async () => {
    request.cookie = await cookieFor({ sub: user.id, sid: user.sessionId, authAt: now() });
    expect(await currentUser()).toMatchObject({ id: user.id, sessionId: user.sessionId });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await currentUser()).toBeNull();
    await db.update(users).set({ disabledAt: null }).where(eq(users.id, user.id));
    expect(await currentUser()).toMatchObject({ id: user.id });
    // A cookie naming another account's session, or a session that timed out, counts for nothing.
    const other = await createAccount("student", "Someone Else");
    created.push(other.id);
    request.cookie = await cookieFor({ sub: user.id, sid: other.sessionId, authAt: now() });
    expect(await currentUser()).toBeNull();
    const idle = await createSession(user.id, "Idle browser");
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '4 hours 1 minute'` })
      .where(eq(sessions.id, idle));
    request.cookie = await cookieFor({ sub: user.id, sid: idle, authAt: now() });
    expect(await currentUser()).toBeNull();
  });

  it("refuses a replayed cookie after sign-out, after 'sign out everywhere else' and after a password change, in another process too", async () => {
    const student = await createAccount("student", "Two Browsers");
    created.push(student.id);
    await db
      .update(users)
      .set({ passwordHash: await hashPassword("the-first-password") })
      .where(eq(users.id, student.id));
    const browser = async () => {
      const sid = await createSession(student.id, "Firefox on Linux");
      return { sid, cookie: await cookieFor({ sub: student.id, sid, authAt: now() }) };
    };
    const asBrowser = async (b: { cookie: string }) => {
      request.cookie = b.cookie;
      return currentUser();
    };
    const inAnotherProcess = (b: { cookie: string }) => {
      const run = spawnSync(
        process.execPath,
        [
          "--conditions=react-server",
          "--import",
          "tsx",
          "tests/support/session-check-process.ts",
          b.cookie.slice(COOKIE.length + 1),
          SECRET,
          COOKIE,
        ],
        { encoding: "utf8", timeout: 60_000 },
      );
      expect(run.stderr).toBe("");
      return JSON.parse(run.stdout) as { id: string } | null;
    };

    // Sign-out: the row ends before the cookie is cleared; the copied cookie is refused here and elsewhere.
    const first = await browser();
    expect(await asBrowser(first)).toMatchObject({ id: student.id });
    expect(inAnotherProcess(first)).toMatchObject({ id: student.id });
    await expect((await import("@/app/(auth)/actions")).signOutAction()).rejects.toThrow();
    expect(await asBrowser(first)).toBeNull();
    expect(inAnotherProcess(first)).toBeNull();

    // "Sign out everywhere else": the other browsers end, this one stays.
    const [laptop, phone, library] = [await browser(), await browser(), await browser()];
    request.cookie = laptop.cookie;
    const { signOutOtherSessionsAction, changePasswordAction } = await import("@/app/account/actions");
    expect(await signOutOtherSessionsAction({}, new FormData())).toMatchObject({
      ok: true,
      message: "Signed out 3 other sessions.",
    }); // the phone, the library and the test account's first session;
    expect(await asBrowser(phone)).toBeNull();
    expect(await asBrowser(library)).toBeNull();
    expect(inAnotherProcess(phone)).toBeNull();
    expect(await asBrowser(laptop)).toMatchObject({ id: student.id });

    // A password change (only with the current password) ends every other session.
    const tablet = await browser();
    const change = (current: string) => {
      const form = new FormData();
      for (const [k, v] of Object.entries({
        currentPassword: current,
        newPassword: "the-second-password",
        confirmPassword: "the-second-password",
      }))
        form.append(k, v);
      request.cookie = laptop.cookie;
      return changePasswordAction({}, form);
    };
    expect(await change("not-the-password")).toMatchObject({ errors: { currentPassword: [expect.any(String)] } });
    expect(await asBrowser(tablet)).toMatchObject({ id: student.id });
    expect(await change("the-first-password")).toMatchObject({ ok: true });
    expect(await asBrowser(tablet)).toBeNull();
    expect(inAnotherProcess(tablet)).toBeNull();
    expect(await asBrowser(laptop)).toMatchObject({ id: student.id });
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, student.id));
    expect(await verifyPassword(row!.hash, "the-second-password")).toBe(true);
  });
});

describe("next-auth's session endpoint (the header asks it on each page view)", () => {
  const created: string[] = [];
  const savedSecret = process.env.AUTH_SECRET;
  beforeAll(() => {
    process.env.AUTH_SECRET = SECRET;
  });
  afterAll(async () => {
    process.env.AUTH_SECRET = savedSecret;
    await deleteAccounts(created);
  });

  it("renews the cookie with a fresh idle timeout and answers with the account's current name and role", async () => {
    const user = await createAccount("teacher", "Renamed Later");
    created.push(user.id);
    await db.update(users).set({ name: "Ms Renamed" }).where(eq(users.id, user.id));
    const signedInAt = now() - 3600;
    const response = await sessionEndpoint(
      await cookieFor({
        sub: user.id,
        name: "Renamed Later",
        role: "student",
        sid: user.sessionId,
        authAt: signedInAt,
      }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.user).toMatchObject({ id: user.id, name: "Ms Renamed", role: "teacher" });
    expect(body.user.email).toBeFalsy();
    const renewed = response.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
    expect(renewed).toBeDefined();
    expect(renewed).toMatch(/HttpOnly/i);
    const expires = Date.parse(/Expires=([^;]+)/i.exec(renewed!)![1]!);
    expect(expires).toBeGreaterThan(Date.now() + 3.9 * 3600 * 1000);
    // Renewing never moves the absolute timeout: the sign-in time travels on.
    const claims = await decode({
      token: renewed!.split(";")[0]!.slice(COOKIE.length + 1),
      secret: SECRET,
      salt: COOKIE,
    });
    expect(claims).toMatchObject({ sub: user.id, authAt: signedInAt, role: "teacher" });
  });

  it("ends the session of a disabled account (the cookie is cleared)", async () => {
    const user = await createAccount("student", "Soon Disabled");
    created.push(user.id);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    const response = await sessionEndpoint(await cookieFor({ sub: user.id, sid: user.sessionId, authAt: now() }));
    expect(await response.json()).toBeNull();
    const cleared = response.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
    expect(cleared).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  });
  describe("without JavaScript", () => {
    async function statusFrame(cookie: string) {
      const { GET } = await import("@/app/account/status/route");
      const { NextRequest } = await import("next/server");
      // Next's server sets the protocol header; without it next-auth assumes TLS and reads the __Secure- cookie.
      return GET(
        new NextRequest("http://localhost/account/status", {
          headers: { cookie, host: "localhost", "x-forwarded-proto": "http" },
        }),
      );
    }

    it("the header's frame shows who is signed in, renews the session, and reads as signed out once it ends", async () => {
      const user = await createAccount("teacher", "Framed Teacher");
      created.push(user.id);
      const cookie = await cookieFor({
        sub: user.id,
        name: "Framed Teacher",
        role: "teacher",
        sid: user.sessionId,
        authAt: now(),
      });
      const live = await statusFrame(cookie);
      expect(live.status).toBe(200);
      expect(live.headers.get("cache-control")).toContain("no-store");
      const html = await live.text();
      expect(html).toContain("Framed Teacher");
      expect(html).toContain(`action="/account/sign-out"`);
      expect(live.headers.getSetCookie().some((c) => c.startsWith(`${COOKIE}=`) && !/Max-Age=0/i.test(c))).toBe(true);

      await db.delete(sessions).where(eq(sessions.id, user.sessionId));
      const ended = await (await statusFrame(cookie)).text();
      expect(ended).toContain(`href="/sign-in"`);
      expect(ended).not.toContain("Framed Teacher");
      expect(await (await statusFrame("")).text()).toContain("Sign in");
    });

    it("signing out from the frame ends the session row, so the copied cookie opens nothing; a cross-site post changes nothing", async () => {
      const user = await createAccount("student", "Plain Sign Out");
      created.push(user.id);
      request.cookie = await cookieFor({ sub: user.id, sid: user.sessionId, authAt: now() });
      const { POST } = await import("@/app/account/sign-out/route");
      const { NextRequest } = await import("next/server");
      const post = (origin: string) =>
        POST(
          new NextRequest("http://localhost/account/sign-out", {
            method: "POST",
            headers: { cookie: request.cookie!, host: "localhost", origin },
          }),
        );

      const forged = await post("https://evil.example");
      expect(forged.status).toBe(403);
      expect(await currentUser()).toMatchObject({ id: user.id });

      const response = await post("http://localhost");
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("http://localhost/");
      expect(await currentUser()).toBeNull();
      expect(await db.select().from(sessions).where(eq(sessions.id, user.sessionId))).toHaveLength(0);
    });
  });
});
