/**
 * `npm run build`: the npm ESM output, the CDN file, type declarations and the custom elements
 * manifest. Stops at the first failing step.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

const steps = [
  ['npm ESM output', 'vite', ['build', '--logLevel', 'warn']],
  ['CDN file', 'vite', ['build', '--mode', 'cdn', '--logLevel', 'warn']],
  ['type declarations', 'tsc', ['-p', 'tsconfig.build.json']],
  ['custom elements manifest', 'custom-elements-manifest', ['analyze']],
];

for (const [label, command, args] of steps) {
  console.log(`▶ ${label}`);
  const { status } = spawnSync('npx', ['--no-install', command, ...args], { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build failed at: ${label}`);
    process.exit(status ?? 1);
  }
}
