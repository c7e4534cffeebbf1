// Browser tests: the whole product started as `npm start` starts it, driven in real Chromium (playwright-core with
// Debian's /usr/bin/chromium; no browser is downloaded, and without it the run fails at once, saying how to
// install it). The `test` target of the project dashboard-e2e, so `npm test` runs them; alone:
// `nx run dashboard:e2e` (or `nx run dashboard-e2e:test`).
export default {
  displayName: 'dashboard-e2e',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.e2e.spec.ts'],
  globalSetup: '<rootDir>/test-support/global-setup.ts',
  testTimeout: 120_000,
  maxWorkers: 1,
};
