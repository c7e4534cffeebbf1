import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

/**
 * How a check worker starts, wherever the code runs. A worker thread shares none of the main thread's module
 * hooks, so it sets up what `tools/scripts/run-ts.cjs` or `run-dist.cjs` set up for the app: from source (ts-node,
 * jest) it compiles TypeScript with ts-node and maps the `@koers/*` aliases onto the libraries' sources; from a
 * build (`dist/apps/<app>`) it maps them onto the compiled libraries beside the app.
 */
export interface WorkerBootstrap {
  /** The worker's entry file: `file-check.worker.ts` from source, `.js` from a build. */
  readonly entry: string;
  /** Where the aliases resolve: the workspace root (source) or the app's build folder. */
  readonly baseUrl: string;
  readonly tsconfig: string;
  readonly typescript: boolean;
  /** Resolved in the main thread, so the worker finds the same packages. */
  readonly tsNode: string | null;
  readonly tsconfigPaths: string;
  /** The entry's function that serves checks on the worker's port. */
  readonly start: string;
}

/** Plain JavaScript, run with `eval: true`: it must exist before anything TypeScript can be loaded. */
export const WORKER_BOOTSTRAP_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const boot = workerData.bootstrap;
if (boot.typescript) require(boot.tsNode).register({ project: boot.tsconfig, transpileOnly: true, compilerOptions: { module: 'commonjs' } });
const { compilerOptions } = require(boot.tsconfig);
const paths = Object.fromEntries(Object.entries(compilerOptions.paths).map(([alias, targets]) => [alias, boot.typescript ? targets : targets.map((t) => t.replace(/\\.ts$/, ''))]));
require(boot.tsconfigPaths).register({ baseUrl: boot.baseUrl, paths });
require(boot.entry)[boot.start](parentPort);
`;

/** The nearest folder, from `start` up, that holds `relative`. */
function ancestorHolding(start: string, relative: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, relative))) return dir;
    if (dirname(dir) === dir) throw new Error(`No folder above ${start} holds ${relative}`);
  }
}

/** `start`: the name of the entry's serving function (the caller imports it, which also puts the entry in builds). */
export function workerBootstrap(start: string): WorkerBootstrap {
  const extension = extname(__filename);
  const typescript = extension === '.ts';
  return {
    entry: join(__dirname, `file-check.worker${extension}`),
    // The folder that holds the libraries in this form (sources, or the compiled copy in dist/apps/<app>).
    baseUrl: ancestorHolding(__dirname, join('libs', 'indicators', 'src', `index${extension}`)),
    tsconfig: join(ancestorHolding(__dirname, 'tsconfig.base.json'), 'tsconfig.base.json'),
    typescript,
    tsNode: typescript ? require.resolve('ts-node') : null,
    tsconfigPaths: require.resolve('tsconfig-paths'),
    start,
  };
}
