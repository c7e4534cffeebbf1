export default {
  displayName: 'municipal-files',
  preset: '../../jest.preset.js',
  rootDir: '.',
  // Integration tests talk to a real PostgreSQL: embedded and throwaway, or DATABASE_URL when set.
  globalSetup: '<rootDir>/../db/src/test-support/global-setup.ts',
  globalTeardown: '<rootDir>/../db/src/test-support/global-teardown.ts',
  testTimeout: 60_000,
};
