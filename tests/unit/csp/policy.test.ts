import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/lib/csp/policy";
import { inlineScriptHashes } from "@/lib/csp/prerendered-script-hashes";
import { fakeBuildWithTwoPages } from "@/tests/support/fake-build";

const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("the Content-Security-Policy", () => {
  it("allows scripts from this origin, with this request's nonce, or by hash: never any inline script", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123==", scriptHashes: ["sha256-xyz="] });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'sha256-xyz='");
    // A page prerendered whole: its hashes alone.
    expect(directive(contentSecurityPolicy({ scriptHashes: ["sha256-xyz="] }), "script-src")).toBe(
      "script-src 'self' 'sha256-xyz='",
    );
    expect(policy).not.toContain("unsafe-eval");
    for (const d of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "connect-src 'self'",
    ])
      expect(policy).toContain(d);
    expect(policy).not.toMatch(/https?:/);
  });

  it("lets only the header's account frame be framed, and only by this site", () => {
    expect(
      directive(contentSecurityPolicy({ nonce: "n", scriptHashes: [], framedBySelf: true }), "frame-ancestors"),
    ).toBe("frame-ancestors 'self'");
    expect(directive(contentSecurityPolicy({ nonce: "n", scriptHashes: [] }), "frame-ancestors")).toBe(
      "frame-ancestors 'none'",
    );
  });

  it("lets React's development build evaluate code, in development only", () => {
    expect(
      directive(contentSecurityPolicy({ nonce: "n", scriptHashes: [], development: true }), "script-src"),
    ).toContain("'unsafe-eval'");
  });

  it("uses a fresh 128-bit nonce in the characters Next reads from the header", () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});

describe("hashes of prerendered inline scripts", () => {
  it("hashes each inline script's exact text and skips scripts loaded from files", () => {
    const html = `<script src="/_next/static/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script><script id="x" nonce="n">a&&b</script><script async src="/b.js"></script>`;
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"x"])'), sha("a&&b")]);
  });

  describe("read from a build", () => {
    const saved = process.env.BYLINE_DIST_DIR;
    afterEach(() => {
      process.env.BYLINE_DIST_DIR = saved;
      vi.resetModules();
    });

    it("gives a static page its own scripts' hashes, and every page the shells' and the error pages'", async () => {
      const dist = mkdtempSync(path.join(tmpdir(), "byline-csp-"));
      const app = path.join(dist, "server", "app");
      mkdirSync(path.join(app, "(auth)"), { recursive: true });
      mkdirSync(path.join(app, "sources"), { recursive: true });
      writeFileSync(path.join(dist, "BUILD_ID"), "test");
      writeFileSync(path.join(app, "index.html"), "<script>home()</script>");
      writeFileSync(path.join(app, "index.meta"), JSON.stringify({ status: 200 }));
      writeFileSync(path.join(app, "sources", "an-article.html"), "<script>article()</script>");
      writeFileSync(path.join(app, "(auth)", "sign-in.html"), "<script>shell()</script>");
      writeFileSync(path.join(app, "(auth)", "sign-in.meta"), JSON.stringify({ status: 200, postponed: "..." }));
      writeFileSync(path.join(app, "_not-found.html"), "<script>notFound()</script>");
      process.env.BYLINE_DIST_DIR = dist;
      const { prerenderedScriptHashes } = await import("@/lib/csp/prerendered-script-hashes");
      const everywhere = [sha("notFound()"), sha("shell()")].sort();
      expect(prerenderedScriptHashes("/")).toEqual([sha("home()"), ...everywhere]);
      expect(prerenderedScriptHashes("/sources/an-article")).toEqual([sha("article()"), ...everywhere]);
      expect(prerenderedScriptHashes("/sources/an-article/")).toEqual([sha("article()"), ...everywhere]);
      expect(prerenderedScriptHashes("/sign-in")).toEqual(everywhere);
      expect(prerenderedScriptHashes("/teach/classes/x")).toEqual(everywhere);
    });

    it("tells a page prerendered whole from one that renders per request", async () => {
      process.env.BYLINE_DIST_DIR = fakeBuildWithTwoPages();
      const { wholePageScriptHashes } = await import("@/lib/csp/prerendered-script-hashes");
      expect(wholePageScriptHashes("/privacy")).toEqual([sha("privacy()"), sha("shell()")]);
      expect(wholePageScriptHashes("/privacy/")).toEqual(wholePageScriptHashes("/privacy"));
      expect(wholePageScriptHashes("/home")).toBeNull();
      expect(wholePageScriptHashes("/teach")).toBeNull();
    });

    it("needs no hashes without a production build (next dev renders every page per request)", async () => {
      process.env.BYLINE_DIST_DIR = mkdtempSync(path.join(tmpdir(), "byline-csp-none-"));
      const { prerenderedScriptHashes } = await import("@/lib/csp/prerendered-script-hashes");
      expect(prerenderedScriptHashes("/")).toEqual([]);
    });
  });
});
