import { shippedManifestPlugin } from './scripts/manifest-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/cdn.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [shippedManifestPlugin()],
};
