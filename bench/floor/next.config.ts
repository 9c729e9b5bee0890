import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  cacheComponents: true,
  // The app's setting (next.config.ts says why).
  partialPrefetching: false,
  poweredByHeader: false,
};

export default nextConfig;
