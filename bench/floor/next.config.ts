import path from "node:path";
import type { NextConfig } from "next";

/**
 * The framework floor: the same Next version and rendering model as the app (Cache Components:
 * a prerendered shell, per-request parts behind Suspense), no database, no auth, no styles.
 */
const nextConfig: NextConfig = {
  cacheComponents: true,
  poweredByHeader: false,
  // Next and React come from the app's node_modules two folders up.
  turbopack: { root: path.join(__dirname, "..", "..") },
  outputFileTracingRoot: path.join(__dirname, "..", ".."),
};

export default nextConfig;
