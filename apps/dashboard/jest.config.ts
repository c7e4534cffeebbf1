export default {
  displayName: 'dashboard',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
