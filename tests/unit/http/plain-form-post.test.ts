import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/join/submit/route";
import { openFormResult } from "@/lib/forms/result-cookie";

process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdef";

const join = (headers: Record<string, string>, body: BodyInit = "") =>
  POST(
    new NextRequest("http://byline.test/join/submit", {
      method: "POST",
      headers: { host: "byline.test", ...headers },
      body,
    }),
    { params: Promise.resolve({}) },
  );

/** The form result a response left, as its page would read it. */
function formResult(response: Response) {
  const cookies = new Map(response.headers.getSetCookie().map((c) => c.split(";")[0]!.split("=") as [string, string]));
  return openFormResult((name) => cookies.get(name), process.env.AUTH_SECRET!);
}

describe("a plain form endpoint, reached without the proxy in front", () => {
  it("refuses an Origin that is no web address with 400, and cross-site posts with 403, Origin: null included", async () => {
    const malformed = await join({ origin: "not a url" });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toMatch(/Origin header is not a web address/);
    for (const origin of ["https://evil.example", "null"]) {
      const response = await join({ origin });
      expect(response.status, origin).toBe(403);
      expect(response.headers.getSetCookie(), origin).toEqual([]);
    }
  });

  it("sends a form it cannot read back to its page with a message (303), relative to the browser's address", async () => {
    const response = await join(
      { origin: "http://byline.test", "content-type": "multipart/form-data; boundary=x" },
      "not multipart",
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://byline.test/join");
    expect(formResult(response)).toEqual({
      form: "join-class",
      state: { message: "The form could not be read. Please try again." },
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("byline_form.0="))!;
    expect(cookie).toMatch(/Path=\/join;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Max-Age=120/);
    expect(cookie).toMatch(/SameSite=lax/i);
  });
});
