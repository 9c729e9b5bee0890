import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { formResultCookieNames } from "@/lib/forms/result-cookie";
import { fakeBuildWithTwoPages } from "@/tests/support/fake-build";

const ORIGIN = "http://byline.test";
const CLASS = "c43dc855-841c-4f95-8787-a44b18a907f8";

describe("the proxy on pages the build prerendered whole", () => {
  const saved = process.env.BYLINE_DIST_DIR;
  let proxy: (request: NextRequest) => Promise<Response>;
  beforeAll(async () => {
    process.env.BYLINE_DIST_DIR = fakeBuildWithTwoPages();
    vi.resetModules();
    ({ proxy } = await import("@/proxy"));
  });
  afterAll(() => {
    process.env.BYLINE_DIST_DIR = saved;
    vi.resetModules();
  });

  const send = (pathname: string, method = "GET", headers: Record<string, string> = {}) =>
    proxy(new NextRequest(`${ORIGIN}${pathname}`, { method, headers: { host: "byline.test", ...headers } }));
  const scriptSrc = (response: Response) =>
    (response.headers.get("content-security-policy") ?? "").split("; ").find((d) => d.startsWith("script-src "));
  // How NextResponse.next({ request: { headers } }) hands Next the nonce.
  const passesHeaders = (response: Response) => response.headers.has("x-middleware-override-headers");

  it("serves a read of one with its hashes, no nonce, and the request as it came", async () => {
    for (const method of ["GET", "HEAD"]) {
      const response = await send("/privacy", method);
      expect(scriptSrc(response)).toMatch(/^script-src 'self' 'sha256-[^']+' 'sha256-[^']+'$/);
      expect(passesHeaders(response)).toBe(false);
      expect(response.headers.get("x-middleware-next")).toBe("1");
    }
    // Built once per page, then reused.
    expect((await send("/privacy")).headers.get("content-security-policy")).toBe(
      (await send("/privacy")).headers.get("content-security-policy"),
    );
  });

  it("gives a page rendered per request, and an action posted to a whole page, a fresh nonce", async () => {
    const home = await send("/home", "GET", { cookie: "authjs.session-token=x" });
    expect(scriptSrc(home)).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
    expect(passesHeaders(home)).toBe(true);
    const action = await send("/privacy", "POST", { origin: ORIGIN, "next-action": "7f00" });
    expect(scriptSrc(action)).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
    expect(passesHeaders(action)).toBe(true);
  });

  it("serves every class's report address the one report page, to signed-in readers, never by its own path", async () => {
    const signedIn = { cookie: "authjs.session-token=x" };
    const report = `/teach/classes/${CLASS}/report`;
    for (const method of ["GET", "HEAD"]) {
      const response = await send(report, method, signedIn);
      expect(response.headers.get("x-middleware-rewrite")).toBe(`${ORIGIN}/teach/classes/live-report`);
      expect(scriptSrc(response)).toMatch(/^script-src 'self'( 'sha256-[^']+')+$/);
      expect(response.headers.get("x-robots-tag")).toBe("noindex");
    }
    // Without a session: to sign in, as every teacher's page.
    expect((await send(report)).headers.get("location")).toMatch(/\/sign-in\?next=/);
    // `?plain` (the link for browsers without JavaScript): the page rendered per request; so is a
    // request that carries a form's result, left for that page to show.
    for (const response of [
      await send(`${report}?plain`, "GET", signedIn),
      await send(report, "GET", { cookie: `${signedIn.cookie}; ${formResultCookieNames()[0]}=sealed` }),
    ]) {
      expect(response.headers.get("x-middleware-rewrite")).toBeNull();
      expect(scriptSrc(response)).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
    }
    // A server action posted from the page runs on the same file (its answer is that file's tree),
    // with a fresh nonce like any request rendered; from `?plain`, on the page rendered per request.
    const action = { ...signedIn, origin: ORIGIN, "next-action": "7f00" };
    const onFile = await send(report, "POST", action);
    expect(onFile.headers.get("x-middleware-rewrite")).toBe(`${ORIGIN}/teach/classes/live-report`);
    expect(scriptSrc(onFile)).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
    expect(passesHeaders(onFile)).toBe(true);
    expect((await send(`${report}?plain`, "POST", action)).headers.get("x-middleware-rewrite")).toBeNull();
    // Without a session cookie, no file: the action itself refuses.
    expect(
      (await send(report, "POST", { origin: ORIGIN, "next-action": "7f00" })).headers.get("x-middleware-rewrite"),
    ).toBeNull();
    // The class page, a student's page and an assignment's report the same way.
    const rewrites = {
      [`/teach/classes/${CLASS}`]: "/teach/classes/live-class",
      [`/teach/classes/${CLASS}/students/${CLASS}`]: "/teach/classes/live-student-report",
      [`/teach/classes/${CLASS}/assignments/${CLASS}/report`]: "/teach/classes/live-assignment-report",
    };
    for (const [path, page] of Object.entries(rewrites))
      expect((await send(path, "GET", signedIn)).headers.get("x-middleware-rewrite"), path).toBe(`${ORIGIN}${page}`);
    // Not the student's data download under it, which is no page.
    expect(
      (await send(`/teach/classes/${CLASS}/students/${CLASS}/data`, "GET", signedIn)).headers.get(
        "x-middleware-rewrite",
      ),
    ).toBeNull();
    // The shared pages' own paths, and ids that cannot name a class, are not found.
    for (const path of [
      "/teach/classes/live-class",
      "/teach/classes/live-report",
      "/teach/classes/live-student-report",
      "/teach/classes/not-a-class/report",
      `/teach/classes/${CLASS}/students/not-a-student`,
    ]) {
      const response = await send(path, "GET", signedIn);
      expect(response.status, path).toBe(404);
    }
  });

  it("still refuses a cross-site post to a whole page from its headers alone", async () => {
    const response = await send("/privacy", "POST", { origin: "https://evil.example", "next-action": "7f00" });
    expect(response.status).toBe(403);
  });
});
