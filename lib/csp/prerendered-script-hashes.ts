import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * SHA-256 hashes of the inline scripts in the HTML that `next build` prerendered, for the CSP.
 *
 * A fully static page (the landing page, /privacy, the library, an article) is served as the file
 * the build wrote, inline React Server Components payload included: its scripts are allowed by
 * hash, per path. A partially prerendered page's shell holds only React's own fixed scripts (its
 * payload comes with the per-request part, which carries the nonce); those, and the not-found
 * and error pages that any path can show, are allowed on every page.
 *
 * Read once per server from the files that are actually served (the pages never revalidate:
 * `initialRevalidateSeconds: false` in the prerender manifest), so no separate build step can be
 * forgotten or go stale.
 */
type Hashes = { byPath: Map<string, readonly string[]>; everywhere: readonly string[] };

let cached: Hashes | undefined;

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(
    (m) => `sha256-${createHash("sha256").update(m[1]!, "utf8").digest("base64")}`,
  );
}

function distDir(): string {
  return path.resolve(env("BYLINE_DIST_DIR"));
}

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(file));
    else if (entry.name.endsWith(".html")) found.push(file);
  }
  return found;
}

/** "/privacy" for privacy.html, "/" for index.html; route groups do not appear in paths. */
function pathOf(appDir: string, file: string): string {
  const route = path
    .relative(appDir, file)
    .slice(0, -".html".length)
    .split(path.sep)
    .filter((part) => !/^\(.*\)$/.test(part));
  const joined = `/${route.join("/")}`;
  return joined === "/index" ? "/" : joined;
}

function isPartial(file: string): boolean {
  try {
    return "postponed" in JSON.parse(readFileSync(file.replace(/\.html$/, ".meta"), "utf8"));
  } catch {
    return false;
  }
}

function load(): Hashes {
  const dir = distDir();
  try {
    readFileSync(path.join(dir, "BUILD_ID"));
  } catch {
    // No production build (next dev): every page renders per request and carries the nonce.
    return { byPath: new Map(), everywhere: [] };
  }
  const appDir = path.join(dir, "server", "app");
  const byPath = new Map<string, readonly string[]>();
  const everywhere = new Set<string>();
  for (const file of htmlFiles(appDir)) {
    const hashes = inlineScriptHashes(readFileSync(file, "utf8"));
    const route = pathOf(appDir, file);
    if (isPartial(file) || route === "/_not-found" || route === "/_global-error")
      hashes.forEach((h) => everywhere.add(h));
    else byPath.set(route, hashes);
  }
  const shared = [...everywhere].sort();
  // Each page's list complete once, here, rather than merged on every request.
  for (const [route, hashes] of byPath) byPath.set(route, [...new Set([...hashes, ...shared])]);
  return { byPath, everywhere: shared };
}

const routeOf = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname);

/** The hashes a response for `pathname` needs. */
export function prerenderedScriptHashes(pathname: string): readonly string[] {
  cached ??= load();
  return cached.byPath.get(routeOf(pathname)) ?? cached.everywhere;
}

/**
 * The hashes of a page the build prerendered whole (served as its file, every script inline in it
 * known), or null when `pathname` renders anything per request.
 */
export function wholePageScriptHashes(pathname: string): readonly string[] | null {
  cached ??= load();
  return cached.byPath.get(routeOf(pathname)) ?? null;
}
