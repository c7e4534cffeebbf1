import type { NextConfig } from 'next';
import { join } from 'node:path';

const nextConfig: NextConfig = {
  // The workspace root, so the shared libraries (libs/*) are part of the build.
  turbopack: {
    root: join(__dirname, '..', '..'),
    // The wijk boundaries are kept byte for byte as .geojson (see src/geo/PROVENANCE.md) and bundled as JSON.
    rules: { '*.geojson': { type: 'json' } },
  },
  outputFileTracingRoot: join(__dirname, '..', '..'),
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
