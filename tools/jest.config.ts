export default {
  displayName: 'tools',
  preset: '../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  // The npm start test builds and starts the whole product.
  testTimeout: 480_000,
};
