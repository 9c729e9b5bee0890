import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/lessons/[id]/answer/route";

const answer = (headers: Record<string, string>) =>
  POST(
    new NextRequest("http://byline.test/lessons/who-said-it/answer", {
      method: "POST",
      headers: { host: "byline.test", ...headers },
      body: "",
    }),
    {
      params: Promise.resolve({ id: "who-said-it" }),
    },
  );

describe("the plain answer endpoint, reached without the proxy in front", () => {
  it("refuses an Origin that is no web address with 400 instead of throwing", async () => {
    const response = await answer({ origin: "not a url" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/Origin header is not a web address/) });
  });

  it("refuses a cross-site post with 403, and reads a same-site one", async () => {
    expect((await answer({ origin: "https://evil.example" })).status).toBe(403);
    const unreadable = await answer({
      origin: "http://byline.test",
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(unreadable.status).toBe(303);
    expect(unreadable.headers.get("location")).toBe("http://byline.test/lessons/who-said-it/quiz?problem=unreadable");
  });
});
