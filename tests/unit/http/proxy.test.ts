import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/http/request-checks";
import { proxy } from "@/proxy";

const ORIGIN = "http://byline.test";
const CLASS = "c43dc855-841c-4f95-8787-a44b18a907f8";

function send(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return proxy(
    new NextRequest(`${ORIGIN}${path}`, {
      method: init.method ?? "GET",
      headers: { host: "byline.test", ...init.headers },
      body: init.body,
    }),
  );
}

const post = (path: string, headers: Record<string, string>, body?: string) =>
  send(path, { method: "POST", headers, body });
const rewrittenTo = (response: Response) => response.headers.get("x-middleware-rewrite");
const signedIn = { cookie: "authjs.session-token=x" };

describe("the proxy on malformed addresses", () => {
  it("answers the not-found page with 404 for broken percent escapes, where decoding used to throw (500)", async () => {
    for (const path of [
      "/lessons/%E0%A4%A",
      "/sources/%ZZ",
      "/teach/lessons/%ZZ/edit",
      "/admin/students/%E0",
      "/library/%",
    ]) {
      const response = await send(path, { headers: signedIn });
      expect(response.status, path).toBe(404);
      expect(rewrittenTo(response), path).toBe(`${ORIGIN}/_unknown-page`);
    }
  });

  it("answers 404 for ids that cannot name a page, before any sign-in redirect", async () => {
    for (const path of [
      "/teach/classes/not-a-uuid",
      `/teach/classes/${CLASS}/students/nope`,
      `/teach/classes/${CLASS}/assignments/123`,
      "/teach/classes/nope/answers.csv",
      "/admin/students/nope",
      "/teach/lessons/no-such-lesson",
      "/teach/lessons/who-said-it/edit",
    ]) {
      for (const headers of [{}, signedIn]) expect((await send(path, { headers })).status, path).toBe(404);
    }
  });

  it("lets well-formed ids through to the page, which checks access itself", async () => {
    // (The class page itself is a file when a build exists: tests/unit/http/proxy-whole-pages.test.ts.)
    const paths = [
      `/teach/classes/${CLASS}?plain`,
      `/teach/classes/${CLASS}/students/${CLASS}/data`,
      "/teach/lessons/who-said-it",
      "/teach/lessons/t-abcdefghij/edit",
      "/lessons/who-said-it",
    ];
    for (const path of paths) {
      const response = await send(path, { headers: signedIn });
      expect(response.status, path).toBe(200);
      expect(rewrittenTo(response), path).toBeNull();
    }
    expect((await send(`/teach/classes/${CLASS}`)).headers.get("location")).toMatch(/\/sign-in\?next=/);
    expect((await send("/lessons/t-abcdefghij")).headers.get("location")).toBe(
      `${ORIGIN}/sign-in?next=%2Flessons%2Ft-abcdefghij`,
    );
  });

  it("asks robots not to index pages whose refusal may come after a 200 has been sent", async () => {
    expect((await send(`/teach/classes/${CLASS}`, { headers: signedIn })).headers.get("x-robots-tag")).toBe("noindex");
    expect((await send("/lessons/t-abcdefghij", { headers: signedIn })).headers.get("x-robots-tag")).toBe("noindex");
    expect((await send("/lessons/who-said-it")).headers.get("x-robots-tag")).toBeNull();
  });
});

describe("the proxy on malformed posts", () => {
  const action = { "next-action": "7f00", origin: ORIGIN };

  it("refuses an Origin that is no web address with 400 and says why", async () => {
    for (const path of ["/lessons/who-said-it/answer", "/sign-in"]) {
      const response = await post(path, { ...action, origin: "not a url" });
      expect(response.status, path).toBe(400);
      expect(await response.text()).toMatch(/Origin header is not a web address/);
    }
  });

  it("refuses cross-site posts with 403; Origin: null only where the route accepts it", async () => {
    expect((await post("/sign-in", { ...action, origin: "http://evil.example" })).status).toBe(403);
    expect((await post("/sign-in", { ...action, origin: "null" })).status).toBe(403);
    expect((await post("/lessons/who-said-it/answer", { origin: "null" })).status).toBe(200);
    expect(
      (await post("/sign-in", { ...action, origin: "http://byline.test:3000", host: "byline.test:3000" })).status,
    ).toBe(200);
  });

  it("refuses a body over the actions' limit with 413, from its Content-Length", async () => {
    const response = await post("/teach/sources/new", {
      ...action,
      "content-length": String(ACTION_BODY_LIMIT_BYTES + 1),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/too large: at most 4 MB/);
    expect(
      (await post("/teach/sources/new", { ...action, "content-length": String(ACTION_BODY_LIMIT_BYTES), ...signedIn }))
        .status,
    ).toBe(200);
  });

  it("refuses multipart form data without a boundary with 400", async () => {
    expect((await post("/sign-in", { ...action, "content-type": "multipart/form-data" })).status).toBe(400);
    const form = '------x\r\nContent-Disposition: form-data; name="identifier"\r\n\r\nx\r\n------x--\r\n';
    expect(
      (await post("/sign-in", { ...action, "content-type": "multipart/form-data; boundary=----x" }, form)).status,
    ).toBe(200);
    // A body the multipart parser cannot read would be Next's 500: refused here with a 400.
    for (const broken of ["this is not multipart", form.slice(0, 40)]) {
      expect(
        (await post("/sign-in", { ...action, "content-type": "multipart/form-data; boundary=----x" }, broken)).status,
      ).toBe(400);
    }
  });
});

describe("the proxy and the forms that post without JavaScript", () => {
  const CLASS_PAGE = `/teach/classes/${CLASS}`;
  const result = { cookie: "byline_form.0=sealed; byline_form.1=more; authjs.session-token=x" };

  it("passes a form's result to its page once, and has the browser drop it with that response", async () => {
    const response = await send(CLASS_PAGE, { headers: result });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual([
      `byline_form.0=; Path=${CLASS_PAGE}; Max-Age=0; HttpOnly; SameSite=Lax`,
      `byline_form.1=; Path=${CLASS_PAGE}; Max-Age=0; HttpOnly; SameSite=Lax`,
    ]);
    // Not through response.cookies: Next would show the cleared value to the page's cookies() as well.
    expect(response.headers.get("x-middleware-set-cookie")).toBeNull();
    expect((await send(CLASS_PAGE, { headers: signedIn })).headers.getSetCookie()).toEqual([]);
    expect((await post(CLASS_PAGE, { origin: ORIGIN, ...result })).headers.getSetCookie()).toEqual([]);
  });

  it("refuses cross-site posts to the plain endpoints, Origin: null included", async () => {
    for (const path of [
      "/sign-in/submit",
      "/sign-up/submit",
      "/join/submit",
      "/teach/classes",
      `${CLASS_PAGE}/students`,
      `${CLASS_PAGE}/assignments`,
    ]) {
      for (const origin of ["http://evil.example", "null"])
        expect((await post(path, { origin, ...signedIn })).status, `${path} from ${origin}`).toBe(403);
      expect((await post(path, { origin: ORIGIN, ...signedIn })).status, path).toBe(200);
    }
  });

  it("sends a form posted without a session to sign in with a 303, so the browser does not post it again", async () => {
    const plain = await post("/teach/classes", { origin: ORIGIN });
    expect(plain.status).toBe(303);
    expect(plain.headers.get("location")).toBe(`${ORIGIN}/sign-in`);
    // A server action's request keeps the redirect it always had, with the page to come back to.
    const action = await post("/teach", { origin: ORIGIN, "next-action": "7f00" });
    expect(action.status).toBe(307);
    expect(action.headers.get("location")).toBe(`${ORIGIN}/sign-in?next=%2Fteach`);
  });
});

describe("the proxy and teachers' lessons", () => {
  it("serves a teacher's lesson through its public address only, never the internal one", async () => {
    const rewritten = await send("/lessons/t-abcdefghij", { headers: signedIn });
    expect(rewrittenTo(rewritten)).toBe(`${ORIGIN}/lessons/authored/t-abcdefghij`);
    for (const headers of [{}, signedIn]) {
      const direct = await send("/lessons/authored/t-abcdefghij", { headers });
      expect(direct.status).toBe(404);
      expect(rewrittenTo(direct)).toBe(`${ORIGIN}/_unknown-page`);
    }
  });
});

describe("the proxy and the quiz without JavaScript", () => {
  const ASSIGNMENT = "5b0a6f5e-2c1d-4e8f-9a7b-3c2d1e0f9a8b";

  it("opens a built-in lesson's quiz as the assignment the lesson page named (its prerendered link cannot)", async () => {
    const response = await send("/lessons/who-said-it/quiz", {
      headers: { ...signedIn, referer: `${ORIGIN}/lessons/who-said-it?assignment=${ASSIGNMENT}` },
    });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/lessons/who-said-it/quiz?assignment=${ASSIGNMENT}`);
  });

  it("takes the referrer's assignment from this site, this lesson, and a well-formed id only", async () => {
    for (const referer of [
      `https://evil.example/lessons/who-said-it?assignment=${ASSIGNMENT}`,
      `${ORIGIN}/lessons/fact-quote-or-opinion?assignment=${ASSIGNMENT}`,
      `${ORIGIN}/lessons/who-said-it?assignment=not-a-uuid`,
      `${ORIGIN}/lessons/who-said-it`,
      "not a url",
    ]) {
      const response = await send("/lessons/who-said-it/quiz", { headers: { ...signedIn, referer } });
      expect(response.headers.get("location"), referer).toBeNull();
      expect(response.headers.get("x-middleware-next"), referer).toBe("1");
    }
    // The address's own assignment wins.
    const own = await send(`/lessons/who-said-it/quiz?assignment=${ASSIGNMENT}`, {
      headers: { referer: `${ORIGIN}/lessons/who-said-it?assignment=c43dc855-841c-4f95-8787-a44b18a907f8` },
    });
    expect(own.headers.get("location")).toBeNull();
  });

  it("renders a teacher's lesson's quiz on its own page, and 404s unknown lessons", async () => {
    const rewritten = await send("/lessons/t-abcdefghij/quiz?assignment=x", { headers: signedIn });
    expect(rewrittenTo(rewritten)).toBe(`${ORIGIN}/lessons/authored/t-abcdefghij?assignment=x`);
    const unknown = await send("/lessons/no-such-lesson/quiz");
    expect(unknown.status).toBe(404);
  });
});
