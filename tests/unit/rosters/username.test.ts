import { describe, expect, it } from "vitest";
import { firstFreeUsername, usernameBase } from "@/lib/rosters/username";

describe("usernames for teacher-made logins", () => {
  it("is firstname.lastname in plain lower-case letters", () => {
    expect(usernameBase("Ana Lopez")).toBe("ana.lopez");
    expect(usernameBase("José María García-López")).toBe("jose.garcialopez");
    expect(usernameBase("  O'Brien,   Seán ")).toBe("obrien.sean");
    expect(usernameBase("Cher")).toBe("cher");
  });

  it("falls back when nothing typeable is left, and stays short", () => {
    expect(usernameBase("李小龍")).toBe("student");
    expect(usernameBase(`${"a".repeat(40)} b`).length).toBeLessThanOrEqual(30);
    expect(usernameBase(`${"a".repeat(29)} b`)).toBe("a".repeat(29));
  });

  it("adds the first free number", () => {
    expect(firstFreeUsername("ana.lopez", new Set())).toBe("ana.lopez");
    expect(firstFreeUsername("ana.lopez", new Set(["ana.lopez", "ana.lopez2", "ana.lopez4"]))).toBe("ana.lopez3");
  });
});
