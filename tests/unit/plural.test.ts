import { describe, expect, it } from "vitest";
import { plural } from "@/lib/plural";

describe("a count with its noun", () => {
  it("uses the singular for exactly one, the plural otherwise (zero included)", () => {
    expect([0, 1, 3].map((n) => `Created ${plural(n, "student login")}.`)).toEqual([
      "Created 0 student logins.",
      "Created 1 student login.",
      "Created 3 student logins.",
    ]);
  });

  it("takes an irregular plural, and a verb that agrees with the count", () => {
    expect(plural(1, "class", "classes")).toBe("1 class");
    expect(plural(2, "class", "classes")).toBe("2 classes");
    expect(`${plural(2, "line was", "lines were")} skipped`).toBe("2 lines were skipped");
  });
});
