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
  // app/global-not-found.tsx answers addresses no route has: the root layout is app/[lang]/layout.tsx.
  experimental: { globalNotFound: true },
  // How the two languages work: every page lives once under app/[lang]/. Dutch is the default and has no prefix
  // in the address (/ambities/generaties), so such paths are rewritten to /nl/… internally; English pages are
  // addressed as /en/… and match [lang] directly. The pages read `lang` from their params and ask the API for
  // texts with ?lang=en. Not the API forwarder, Next's own files or files with an extension.
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/', destination: '/nl' },
        { source: '/:path((?!(?:en|nl|api|_next)(?:/|$))(?!.*\\.[a-z0-9]+$).+)', destination: '/nl/:path' },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
