export default {
  displayName: 'indicators',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
