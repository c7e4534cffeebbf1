export default {
  displayName: 'db',
  preset: '../../jest.preset.js',
  rootDir: '.',
  globalSetup: '<rootDir>/src/test-support/global-setup.ts',
  globalTeardown: '<rootDir>/src/test-support/global-teardown.ts',
  testTimeout: 60_000,
};
