import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Cache Components: article and lesson shells prerender into a static shell; only a student's
  // own state (session, progress) renders per request, behind Suspense.
  cacheComponents: true,
  partialPrefetching: true,
  experimental: {
    authInterrupts: true,
    // An imported article may be up to 1 MB of text (the import refuses more with a message of
    // its own); the default 1 MB action body would cut it off with a bare error first.
    serverActions: { bodySizeLimit: "4mb" },
  },
  // Native and WebSocket drivers must load from node_modules at run time, not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "@vercel/postgres", "pg", "pino"],
  // The app's build checks the app's types; `npm run typecheck` checks everything, tests included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // The end-to-end tests build with their own content into their own folder (BYLINE_DIST_DIR),
  // so they never overwrite or reuse the build that `npm start` serves.
  distDir: process.env.BYLINE_DIST_DIR ?? ".next",
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
