#!/usr/bin/env node
// Runs a TypeScript entry point from source (the CLIs and `npm start`'s orchestrator): ts-node compiles each
// file as it loads (types are checked by `npm run typecheck`), and the workspace's path aliases
// (@koers/config, @koers/db, …) resolve to the libraries' sources.
const path = require('node:path');
const root = path.resolve(__dirname, '..', '..');
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node tools/scripts/run-ts.cjs <file.ts> [args…]');
  process.exit(2);
}
require('ts-node').register({
  project: path.join(root, 'tsconfig.base.json'),
  transpileOnly: true,
  compilerOptions: { module: 'commonjs' },
});
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
// An app that runs on every core (the API, API_WORKERS) starts its workers through this script too.
const cluster = require('node:cluster');
if (cluster.isPrimary) cluster.setupPrimary({ exec: path.join(__dirname, 'run-ts.cjs'), args: [entry, ...process.argv.slice(3)] });
process.argv.splice(1, 2, path.resolve(root, entry));
require(path.resolve(root, entry));
