/**
 * `npm run build`: the npm ESM output, the CDN file, type declarations, the custom elements
 * manifest and the JSX, Vue and Svelte types generated from it. Stops at the first failing step.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

const steps = [
  ['fake XS2A App script, bundled into the simulator', 'node', ['scripts/build/fake-app.mjs']],
  ['npm ESM output', 'vite', ['build', '--logLevel', 'warn']],
  ['CDN file', 'vite', ['build', '--mode', 'cdn', '--logLevel', 'warn']],
  ['type declarations', 'tsc', ['-p', 'tsconfig.build.json']],
  ['custom elements manifest', 'custom-elements-manifest', ['analyze']],
  ['JSX, Vue and Svelte types from the manifest', 'node', ['scripts/build/framework-types.mjs']],
];

for (const [label, command, args] of steps) {
  console.log(`▶ ${label}`);
  const [program, argv] = command === 'node' ? [process.execPath, args] : ['npx', ['--no-install', command, ...args]];
  const { status } = spawnSync(program, argv, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build failed at: ${label}`);
    process.exit(status ?? 1);
  }
}
