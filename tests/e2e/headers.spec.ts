import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";

const PAGES = ["/", "/library", "/lessons/who-reported-what", "/sign-in"];

test("every page is sent with the security headers and loads nothing from another origin", async ({
  page,
  request,
}) => {
  for (const path of PAGES) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toMatch(/https?:\/\//);
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["strict-transport-security"], path).toBeUndefined();
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
  const behindTls = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(behindTls.headers()["strict-transport-security"]).toMatch(/^max-age=\d+/);

  const foreign: string[] = [];
  const violations: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1")) foreign.push(r.url());
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/lessons/who-reported-what");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

/** Every inline script of a page's HTML carries the response's nonce or has its hash in the policy. */
function unallowedInlineScripts(html: string, policy: string): string[] {
  const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  const hashes = new Set([...scriptSrc.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]));
  const bad: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script((?:(?!>)[\s\S])*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes!)) continue;
    const hash = `sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}`;
    const hasNonce =
      nonce !== undefined && new RegExp(`\\bnonce="${nonce.replace(/[+/=]/g, "\\$&")}"`).test(attributes!);
    if (!hasNonce && !hashes.has(hash)) bad.push(body!.slice(0, 80));
  }
  return bad;
}

test("scripts run only with the request's nonce or the prerendered page's hashes, never inline by default", async ({
  page,
}) => {
  // Static (prerendered whole), partly prerendered (a shell plus a per-request part), signed out and in.
  const signedOut = [
    "/",
    "/privacy",
    "/library",
    "/sign-up",
    "/sign-in",
    "/lessons/who-reported-what",
    "/no-such-page",
  ];
  const student = [
    "/home",
    "/progress",
    "/lessons/who-reported-what",
    // The quiz rendered per request for browsers without JavaScript: a prerendered shell plus its part.
    "/lessons/who-reported-what/quiz",
    "/sources/kaizen-2025-11-24-backroom-peace-plan",
    "/privacy",
  ];
  // Served as the files the build wrote: no nonce to give (proxy.ts), every script by hash.
  const prerenderedWhole = new Set([
    "/",
    "/privacy",
    "/library",
    "/lessons/who-reported-what",
    "/sources/kaizen-2025-11-24-backroom-peace-plan",
  ]);
  const check = async (path: string) => {
    const response = await page.request.get(path);
    const policy = response.headers()["content-security-policy"] ?? "";
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    if (prerenderedWhole.has(path)) expect(scriptSrc, path).not.toContain("'nonce-");
    else expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
    const html = await response.text();
    expect(html, path).toContain("<script");
    expect(unallowedInlineScripts(html, policy), path).toEqual([]);
    return policy;
  };
  for (const path of signedOut) await check(path);
  // A fresh nonce on every response.
  expect(await check("/sign-in")).not.toBe(await check("/sign-in"));

  await signIn(page, DEMO.student);
  for (const path of student) await check(path);
});

test("the pages work under the policy, and a script injected into a page is refused", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  await signIn(page, DEMO.teacher);
  for (const path of ["/", "/privacy", "/teach", "/sources/kyiv-independent-2025-11-24-secretive-negotiations"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // Hydrated: the user menu is filled in by the browser.
    await expect(page.getByRole("button", { name: "Sign out" }), path).toBeVisible();
  }
  expect(violations).toEqual([]);

  // What an injection would do: add an inline script to the document.
  const refused = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; blocked: string }>((resolve) => {
        document.addEventListener(
          "securitypolicyviolation",
          (e) => resolve({ ran: "__injected" in window, blocked: e.effectiveDirective }),
          { once: true },
        );
        const script = document.createElement("script");
        script.textContent = "window.__injected = true";
        document.head.append(script);
      }),
  );
  expect(refused).toEqual({ ran: false, blocked: "script-src-elem" });
});
