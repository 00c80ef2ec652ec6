export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
