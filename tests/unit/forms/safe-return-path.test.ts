import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/form-state";

describe("where sign-in may send a user back to", () => {
  it("keeps a path on this site, with its query", () => {
    for (const path of ["/home", "/lessons/who-said-it?assignment=6a0c", "/teach/classes/x#roster", "/"])
      expect(safeReturnPath(path, "/fallback")).toBe(path);
  });

  it("refuses anything a browser would read as another site", () => {
    for (const value of [
      "//evil.example/x",
      "/\\evil.example/x",
      "/\t/evil.example/x",
      "/\n/evil.example/x",
      "/\r\n/evil.example",
      "/\\\t\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "evil.example",
      "",
    ])
      expect(safeReturnPath(value, "/fallback"), JSON.stringify(value)).toBe("/fallback");
  });

  it("refuses control characters and what is not text", () => {
    expect(safeReturnPath("/home\u0000", "/f")).toBe("/f");
    expect(safeReturnPath("/home\u007f", "/f")).toBe("/f");
    expect(safeReturnPath(["/home"], "/f")).toBe("/f");
    expect(safeReturnPath(null, "/f")).toBe("/f");
  });
});
