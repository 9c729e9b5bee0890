import { describe, expect, it } from "vitest";
import {
  continueSession,
  renewalDue,
  SESSION_ABSOLUTE_SECONDS,
  SESSION_IDLE_SECONDS,
  SESSION_RENEW_SECONDS,
} from "@/lib/session-timeouts";

describe("session timeouts", () => {
  const signedInAt = 1_800_000_000;

  it("stamps a new session with its sign-in time", () => {
    expect(continueSession({ sub: "u" }, true, signedInAt)).toEqual({ sub: "u", authAt: signedInAt });
  });

  it("keeps an active session until the absolute timeout, then ends it", () => {
    const token = { sub: "u", authAt: signedInAt };
    expect(continueSession(token, false, signedInAt + SESSION_ABSOLUTE_SECONDS)).toBe(token);
    expect(continueSession(token, false, signedInAt + SESSION_ABSOLUTE_SECONDS + 1)).toBeNull();
  });

  it("ends a session that carries no sign-in time", () => {
    expect(continueSession({ sub: "u" }, false, signedInAt)).toBeNull();
  });
});

describe("session renewal", () => {
  const issuedAt = 1_800_000_000;

  it("is not due while the cookie is younger than the renewal interval", () => {
    expect(renewalDue({ iat: issuedAt }, issuedAt)).toBe(false);
    expect(renewalDue({ iat: issuedAt }, issuedAt + SESSION_RENEW_SECONDS - 1)).toBe(false);
  });

  it("is due once the interval has passed, and for a token without an issue time", () => {
    expect(renewalDue({ iat: issuedAt }, issuedAt + SESSION_RENEW_SECONDS)).toBe(true);
    expect(renewalDue({}, issuedAt)).toBe(true);
    expect(renewalDue({ iat: "yesterday" }, issuedAt)).toBe(true);
  });

  it("is well inside the idle timeout, so an active reader is never timed out between renewals", () => {
    expect(SESSION_RENEW_SECONDS * 6).toBeLessThanOrEqual(SESSION_IDLE_SECONDS);
  });
});
