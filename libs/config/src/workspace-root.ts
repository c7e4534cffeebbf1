import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The checkout's root: the nearest folder above `start` that holds `nx.json`. Runtime state (`.koers/`) lives
 * there by default, whether the code runs from source (ts-node) or from `dist/`.
 */
export function findWorkspaceRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}
