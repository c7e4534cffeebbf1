export default {
  displayName: 'http-cache',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
