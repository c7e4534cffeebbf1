// Browser tests: the whole product started as `npm start` starts it, driven in real Chromium (playwright-core with
// Debian's /usr/bin/chromium; no browser is downloaded). Run with `nx run dashboard:e2e`.
export default {
  displayName: 'dashboard-e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/e2e/**/*.e2e.spec.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
