import { shippedManifestPlugin } from './scripts/build/manifest-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  // The manifest describes what runs in a page; the backend, the simulator and the Node adapter do not.
  exclude: ['src/**/*.test.ts', 'src/cdn.ts', 'src/react/**', 'src/server/**', 'src/simulator/**', 'src/node/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [shippedManifestPlugin()],
};
