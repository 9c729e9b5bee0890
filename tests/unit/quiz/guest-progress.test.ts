import { beforeAll, describe, expect, it } from "vitest";
import { decodeGuestProgress, encodeGuestProgress } from "@/lib/guest-progress";

describe("guest progress cookie", () => {
  beforeAll(() => {
    process.env.AUTH_SECRET ??= "unit-test-secret-unit-test-secret";
  });

  const progress = { lessons: { "who-reported-what": { n: 1, a: { q1: { c: ["a"], s: 1 } } } } };

  it("round-trips signed progress", () => {
    expect(decodeGuestProgress(encodeGuestProgress(progress))).toEqual(progress);
  });

  it("reads a tampered, unsigned or malformed cookie as no progress", () => {
    const cookie = encodeGuestProgress(progress);
    const [payload, signature] = cookie.split(".");
    const forged = Buffer.from(JSON.stringify({ lessons: { x: { n: 1, a: { q1: { c: ["b"], s: 1 } } } } })).toString(
      "base64url",
    );
    expect(decodeGuestProgress(`${forged}.${signature}`)).toEqual({ lessons: {} });
    expect(decodeGuestProgress(payload)).toEqual({ lessons: {} });
    expect(decodeGuestProgress("garbage")).toEqual({ lessons: {} });
    expect(decodeGuestProgress(undefined)).toEqual({ lessons: {} });
  });
});
