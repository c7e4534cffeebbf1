#!/usr/bin/env node
// Runs a built app from dist/ (what `npm start` and the Docker images run). tsc keeps the @koers/* imports as
// they are, so they are mapped here onto the compiled libraries beside the app.
const path = require('node:path');
const fs = require('node:fs');
const root = path.resolve(__dirname, '..', '..');
const [app] = process.argv.slice(2);
const distRoot = path.join(root, 'dist', 'apps', app ?? '');
const entry = path.join(distRoot, 'apps', app ?? '', 'src', 'main.js');
if (!app || !fs.existsSync(entry)) {
  console.error(`usage: node tools/scripts/run-dist.cjs <api|etl> (build first: npx nx run ${app ?? '<app>'}:build)`);
  process.exit(2);
}
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));
const paths = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, targets]) => [alias, targets.map((t) => t.replace(/\.ts$/, ''))]),
);
require('tsconfig-paths').register({ baseUrl: distRoot, paths });
// An app that runs on every core (the API, API_WORKERS) starts its workers through this script too.
const cluster = require('node:cluster');
if (cluster.isPrimary) cluster.setupPrimary({ exec: path.join(__dirname, 'run-dist.cjs'), args: [app] });
process.argv.splice(1, 2, entry);
require(entry);
