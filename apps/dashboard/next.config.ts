import type { NextConfig } from 'next';
import { join } from 'node:path';

const nextConfig: NextConfig = {
  // The workspace root, so the shared libraries (libs/*) are part of the build.
  turbopack: { root: join(__dirname, '..', '..') },
  outputFileTracingRoot: join(__dirname, '..', '..'),
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
