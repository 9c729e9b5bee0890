import type { KnipConfig } from "knip";

// Knip's plugins find most entry points on their own: the app router (Next.js), package.json's
// scripts (tsx), the unit and integration tests and their setup files (Vitest), the end-to-end
// tests (Playwright) and drizzle.config.ts. Listed here are the files started as processes by path.
const config: KnipConfig = {
  entry: [
    // Spawned by scripts/start.ts (the production server) and db/embedded/supervisor.ts (the owner).
    "scripts/serve.mjs",
    "db/embedded/owner.ts",
    // One database target each, spawned by bench/run.ts and bench/dashboards.ts.
    "bench/{target,dashboards-target}.ts",
    // The benchmarks' floor: a separate Next app that bench/lib/floor-server.ts builds and starts.
    "bench/floor/app/**/{page,layout}.tsx",
    "bench/floor/{next.config,proxy}.ts",
    // Spawned by integration tests, run by .ci/run, and vitest.config.mts's alias for "server-only".
    "tests/support/{session-check-process,supervised-owner-process,ws-proxy,empty-module}.ts",
  ],
  project: ["**/*.{ts,tsx,mts,mjs,css}"],
};

export default config;
