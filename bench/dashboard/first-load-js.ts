import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// First-load JavaScript of a page: every script its HTML loads, gzip level 9, from the build output in .next; and
// the chunks of components it loads after it runs (next/dynamic, listed in the route's react-loadable-manifest).

const NEXT_DIR = join(__dirname, '..', '..', 'apps', 'dashboard', '.next');

function gzipKb(sources: readonly string[]): number {
  let bytes = 0;
  for (const src of new Set(sources)) {
    const file = join(NEXT_DIR, 'static', src.replace('/_next/static/', ''));
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return bytes / 1024;
}

/** Scripts the HTML loads (first-load JS), and the chunks of the route's lazily loaded components (after the page). */
export function pageJs(html: string, route: string): { files: number; firstLoadKb: number; laterKb: number } {
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]!))];
  const manifest = join(NEXT_DIR, 'server', 'app', route, 'page', 'react-loadable-manifest.json');
  const lazy = existsSync(manifest)
    ? Object.values(JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { files: string[] }>).flatMap((entry) => entry.files)
    : [];
  const later = lazy.map((file) => `/_next/${file}`).filter((src) => src.endsWith('.js') && !scripts.includes(src));
  return { files: scripts.length, firstLoadKb: gzipKb(scripts), laterKb: gzipKb(later) };
}
