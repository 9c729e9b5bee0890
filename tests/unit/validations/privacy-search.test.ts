import { describe, expect, it } from "vitest";
import { studentSearchSchema } from "@/lib/validations/privacy";

describe("the administrator's student search", () => {
  it("refuses a NUL character with a message instead of failing the query", () => {
    const parsed = studentSearchSchema.safeParse({ q: "a\u0000b" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Remove the control character from the search.");
    expect(studentSearchSchema.safeParse({ q: "amara" }).success).toBe(true);
  });
});
