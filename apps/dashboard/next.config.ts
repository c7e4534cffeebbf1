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
  // An embedded chart has a root layout of its own (app/embed/[lang]/: no site header or menu), so its addresses
  // /embed/indicatoren/:id and /en/embed/indicatoren/:id are rewritten to /embed/nl/… and /embed/en/….
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/embed/indicatoren/:id', destination: '/embed/nl/indicatoren/:id' },
        { source: '/en/embed/indicatoren/:id', destination: '/embed/en/indicatoren/:id' },
        { source: '/', destination: '/nl' },
        { source: '/:path((?!(?:en|nl|api|_next|embed)(?:/|$))(?!.*\\.[a-z0-9]+$).+)', destination: '/nl/:path' },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
