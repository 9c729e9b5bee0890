import { describe, expect, it } from "vitest";
import { continueSession, SESSION_ABSOLUTE_SECONDS } from "@/lib/session-timeouts";

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
