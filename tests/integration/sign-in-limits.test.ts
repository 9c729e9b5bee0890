import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/passwords";
import { KNOWN_DEVICES_COOKIE, knownDeviceTag } from "@/lib/rate-limits/known-devices";
import { signIn } from "@/server/auth";
import { createAccount, deleteAccounts } from "../support/classroom";
import { request } from "../support/request-headers";

const SETTINGS = ["BYLINE_LIMIT_SIGN_IN_ADDRESS", "BYLINE_LIMIT_SIGN_IN_ACCOUNT", "BYLINE_TRUSTED_PROXIES"];

/** One sign-in through next-auth's real Credentials provider: "ok", "wrong" or "limited". */
async function attempt(identifier: string, password: string): Promise<"ok" | "wrong" | "limited"> {
  try {
    await signIn("credentials", { identifier, password, redirect: false });
    return "ok";
  } catch (err) {
    const code = (err as { code?: string }).code ?? "";
    if (code.startsWith("rate_limited:")) return "limited";
    if (code === "invalid_credentials") return "wrong";
    throw err;
  }
}

// The launcher's server appends the socket's address to whatever X-Forwarded-For the client sent.
const throughLauncher = (forged: string, socket = "192.0.2.77") => `${forged}, ${socket}`;

describe("sign-in limits and the client's address", () => {
  const created: string[] = [];
  afterEach(() => {
    for (const name of SETTINGS) delete process.env[name];
    request.address = "203.0.113.10";
    request.cookie = undefined;
  });
  afterAll(async () => {
    await deleteAccounts(created);
  });

  it("limits 30 sign-ins with a rotating X-Forwarded-For as one address when no proxy is trusted", async () => {
    process.env.BYLINE_LIMIT_SIGN_IN_ADDRESS = "10/15m";
    const socket = `192.0.2.${Math.floor(Math.random() * 200) + 1}`;
    const outcomes = [];
    for (let i = 0; i < 30; i++) {
      request.address = throughLauncher(`10.${i}.${i}.${i}`, socket);
      outcomes.push(await attempt(`nobody-${randomUUID()}@byline.test`, "a-wrong-password"));
    }
    expect(outcomes.slice(0, 10).every((o) => o === "wrong")).toBe(true);
    expect(outcomes.slice(10).every((o) => o === "limited")).toBe(true);
  });

  it("believes the forwarded address only through the proxies the operator trusts", async () => {
    process.env.BYLINE_LIMIT_SIGN_IN_ADDRESS = "10/15m";
    process.env.BYLINE_TRUSTED_PROXIES = "1";
    const balancer = `192.0.2.${Math.floor(Math.random() * 200) + 1}`;
    const run = randomUUID().slice(0, 4);
    const outcomes = [];
    for (let i = 0; i < 30; i++) {
      // Each client behind the one load balancer: the balancer's entry decides.
      request.address = throughLauncher(`198.18.${i}.${parseInt(run, 16) % 250}`, balancer);
      outcomes.push(await attempt(`nobody-${randomUUID()}@byline.test`, "a-wrong-password"));
    }
    expect(outcomes.every((o) => o === "wrong")).toBe(true);

    // An address list works the same; a client's own extra entries in front change nothing.
    process.env.BYLINE_TRUSTED_PROXIES = `${balancer}, loopback`;
    const client = `198.19.${Math.floor(Math.random() * 250)}.1`;
    const rotated = [];
    for (let i = 0; i < 12; i++) {
      request.address = throughLauncher(`10.9.9.${i}, ${client}`, balancer);
      rotated.push(await attempt(`nobody-${randomUUID()}@byline.test`, "a-wrong-password"));
    }
    expect(rotated.slice(10)).toEqual(["limited", "limited"]);
  });

  it("keeps a browser that signed in to the account before signing in while another browser hammers it", async () => {
    process.env.BYLINE_LIMIT_SIGN_IN_ACCOUNT = "5/15m";
    const owner = await createAccount("student", "Locked Out Never");
    created.push(owner.id);
    const email = `owner-${randomUUID()}@byline.test`;
    await db
      .update(users)
      .set({ email, passwordHash: await hashPassword("the-owners-password") })
      .where(eq(users.id, owner.id));

    // A classmate who knows the email, from another browser and address.
    for (let i = 0; i < 5; i++) {
      request.address = `198.51.100.${i + 1}`;
      expect(await attempt(email, `guess-${i}`)).toBe("wrong");
    }
    request.address = "198.51.100.99";
    expect(await attempt(email, "the-owners-password")).toBe("limited");

    // The owner's own browser, which signed in to this account before, still gets in.
    request.cookie = `${KNOWN_DEVICES_COOKIE}=${knownDeviceTag(email, process.env.AUTH_SECRET!)}`;
    request.address = "203.0.113.50";
    expect(await attempt(email, "the-owners-password")).toBe("ok");
    // Correct passwords are not guesses: signing in again and again never locks the owner out.
    process.env.BYLINE_LIMIT_SIGN_IN_ACCOUNT = "5/15m";
    request.cookie = undefined;
    const teacher = await createAccount("teacher", "Many Devices");
    created.push(teacher.id);
    const teacherEmail = `devices-${randomUUID()}@byline.test`;
    await db
      .update(users)
      .set({ email: teacherEmail, passwordHash: await hashPassword("the-teachers-password") })
      .where(eq(users.id, teacher.id));
    for (let i = 0; i < 12; i++) expect(await attempt(teacherEmail, "the-teachers-password")).toBe("ok");
    request.cookie = `${KNOWN_DEVICES_COOKIE}=${knownDeviceTag(email, process.env.AUTH_SECRET!)}`;
    // A made-up tag is no proof.
    request.cookie = `${KNOWN_DEVICES_COOKIE}=${"A".repeat(22)}`;
    expect(await attempt(email, "the-owners-password")).toBe("limited");
  });
});
