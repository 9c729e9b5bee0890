import type { NextConfig } from "next";
import { checkEnv } from "./lib/env";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/http/request-checks";

// Every setting is checked wherever Next loads this file (`next build`, `next start`, `next dev`,
// the launcher's server): a malformed one stops it, naming the variable and what it expects.
const settings = checkEnv();

/**
 * Headers on every response. The Content-Security-Policy is set per request in proxy.ts: it
 * carries a nonce and the hashes of the page's prerendered scripts (lib/csp).
 */
const SECURITY_HEADERS = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
];

const nextConfig: NextConfig = {
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // Pages get theirs from proxy.ts; the API answers JSON, which may load and run nothing.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      // Only where the request came over TLS (a proxy in front says so): HSTS on plain HTTP is ignored at best.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
  // Cache Components: article and lesson shells prerender into a static shell; only a student's
  // own state (session, progress) renders per request, behind Suspense.
  cacheComponents: true,
  // Partial prefetching inlines a second copy of each page's static payload into every page
  // rendered per request (measured: the lesson page 72 → 47 kB of HTML without it, and about
  // half the server time).
  partialPrefetching: false,
  experimental: {
    authInterrupts: true,
    // An imported article may be up to 1 MB of text (the import refuses more with a message of
    // its own); the default 1 MB action body would cut it off with a bare error first. The proxy
    // refuses a larger body with a 413 before Next reads it (Next itself would answer 500).
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
  },
  // Native and WebSocket drivers must load from node_modules at run time, not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "@vercel/postgres", "pg", "pino"],
  // The app's build checks the app's types; `npm run typecheck` checks everything, tests included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // The end-to-end tests build with their own content into their own folder (BYLINE_DIST_DIR),
  // so they never overwrite or reuse the build that `npm start` serves.
  distDir: settings.BYLINE_DIST_DIR,
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
