export default {
  displayName: 'api',
  preset: '../../jest.preset.js',
  rootDir: '.',
  // Integration tests talk to a real PostgreSQL: embedded and throwaway, or DATABASE_URL when set.
  globalSetup: '<rootDir>/../../libs/db/src/test-support/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/db/src/test-support/global-teardown.ts',
  testTimeout: 60_000,
  // hyparquet and hyparquet-writer ship only ES modules: jest (CommonJS) gets them through ts-jest as well.
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: false }],
    '^.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022', isolatedModules: true }, diagnostics: false },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(hyparquet|hyparquet-writer)/)'],
};
