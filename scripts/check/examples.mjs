/**
 * `npm run test:examples`: proves the packed package works in a real app of each framework with
 * no hand-written declarations. Builds and packs the package, then for each app in `examples/`:
 * installs its locked dependencies and the tarball, type-checks it with the framework's own
 * strict checker, builds it, serves it with the host backend and the simulator, and drives it in
 * Chromium (scripts/check/examples/drive.mjs). Prints the tarball's size and the gzip size each app's
 * JavaScript owes to the package. `node scripts/check/examples.mjs react vue` runs some apps only.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { driveApp } from './examples/drive.mjs';
import { serveApp } from './examples/serve.mjs';
import { measureApp } from './examples/size.mjs';

const repo = resolve(import.meta.dirname, '../..');
const run = (command, args, cwd, env = {}) => execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Each app: its checker runs as `npm run typecheck`, its build as `npm run build`. */
const apps = [
  { name: 'react', buildArgs: ['--sourcemap'], output: 'dist' },
  { name: 'vue', buildArgs: ['--sourcemap'], output: 'dist' },
  { name: 'svelte', buildArgs: ['--sourcemap'], output: 'dist' },
  { name: 'angular', buildArgs: ['--source-map'], output: 'dist/browser', buildEnv: { NG_CLI_ANALYTICS: 'false' } },
  // Also under `next dev`, where React reports any hydration mismatch as a console error.
  { name: 'next', buildEnv: { XS2A_SOURCE_MAPS: '1' }, output: '.next/static', server: 'next', initialReport: true, devToo: true },
  { name: 'html', install: false },
];
const only = process.argv.slice(2);
const selected = only.length > 0 ? apps.filter((app) => only.includes(app.name)) : apps;

console.log('▶ build and pack xs2a-elements');
run(process.execPath, ['scripts/build.mjs'], repo);
const packDir = mkdtempSync(join(tmpdir(), 'xs2a-pack-'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: repo, encoding: 'utf8' }));
const tarball = join(packDir, packed.filename);
console.log(`tarball: ${kB(packed.size)} packed, ${kB(packed.unpackedSize)} unpacked, ${packed.entryCount} files`);
const unpacked = mkdtempSync(join(tmpdir(), 'xs2a-unpacked-'));
run('tar', ['xzf', tarball, '-C', unpacked], repo);
const packageDir = join(unpacked, 'package');

/** `next start` (or `next dev`) on a free port; resolves once it answers. */
async function startNext(appDir, mode = 'start') {
  const port = 4300 + Math.floor(Math.random() * 500);
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn('npx', ['--no-install', 'next', mode, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    stdio: 'inherit',
    env: { ...process.env, XS2A_PUBLIC_URL: url.slice(0, -1) },
    detached: true,
  });
  // `next dev` compiles the page on its first request.
  for (let attempt = 0; attempt < 300; attempt++) {
    if (await fetch(url).then(() => true, () => false)) return { url, close: async () => process.kill(-child.pid) };
    await delay(200);
  }
  process.kill(-child.pid);
  throw new Error('next start did not answer');
}

const results = [];
for (const app of selected) {
  const appDir = join(repo, 'examples', app.name);
  const started = Date.now();
  try {
    let size;
    let server;
    if (app.install === false) {
      console.log(`\n▶ ${app.name}: serve the page, the CDN file from the tarball`);
      // The backend and simulator from this checkout's build, which has its dependencies installed.
      server = await serveApp({ packageDir: repo, staticDir: appDir });
    } else {
      console.log(`\n▶ ${app.name}: install, type-check, build`);
      run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], appDir);
      run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], appDir);
      run('npm', ['run', 'typecheck'], appDir);
      run('npm', ['run', 'build', '--', ...(app.buildArgs ?? [])], appDir, app.buildEnv);
      size = measureApp(join(appDir, app.output));
      server = app.server === 'next'
        ? await startNext(appDir)
        : await serveApp({ packageDir: join(appDir, 'node_modules/xs2a-elements'), staticDir: join(appDir, app.output) });
    }
    try {
      const cdnDir = join(packageDir, 'dist/cdn');
      const cdnFile = readFileSync(join(cdnDir, 'xs2a-elements.js'));
      const { rowName } = await driveApp({
        name: app.name,
        url: server.url,
        initialReport: app.initialReport,
        // The page loads the CDN file from jsDelivr, which this machine cannot reach.
        // The CDN entry and the chunks it imports, from the package's dist/cdn/.
        beforeGoto: (page) => page.route('https://cdn.jsdelivr.net/npm/xs2a-elements@*/dist/cdn/**', (route) =>
          route.fulfill({ path: join(cdnDir, new URL(route.request().url()).pathname.replace(/^.*\/dist\/cdn\//, '')), contentType: 'text/javascript' })),
      });
      if (app.install === false) size = { total: 0, added: 0 };
      const sizeText = app.install === false ? `the CDN entry is ${kB(gzipSync(cdnFile).length)} gzip` : size.added < 1000 ? `package's share not readable from the source maps; ${kB(size.total)} gzip JS in all` : `package adds ${kB(size.added)} gzip of ${kB(size.total)} gzip JS`;
      results.push({ name: app.name, ok: true, text: `${sizeText}; selected "${rowName}"; ${Math.round((Date.now() - started) / 1000)} s` });
    } finally {
      await server.close();
    }
    if (app.devToo) {
      console.log(`\n▶ ${app.name}: the same under next dev`);
      const dev = await startNext(appDir, 'dev');
      try {
        // Development builds of Lit say so once; anything else (a hydration mismatch) fails.
        await driveApp({ name: `${app.name}-dev`, url: dev.url, initialReport: app.initialReport, expectedMessages: [/^Lit is in dev mode\./] });
        results.at(-1).text += '; next dev: no hydration warning, no console error';
      } finally {
        await dev.close();
      }
    }
  } catch (error) {
    if (results.at(-1)?.name === app.name) results.pop();
    results.push({ name: app.name, ok: false, text: error instanceof Error ? error.message : String(error) });
  }
  console.log(`${results.at(-1).ok ? 'ok' : 'FAILED'} ${app.name}: ${results.at(-1).text}`);
}

console.log('\nexamples:');
for (const result of results) console.log(`  ${result.ok ? 'ok    ' : 'FAILED'} ${result.name}: ${result.text}`);
const failed = results.filter((result) => !result.ok).length;
console.log(`examples: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
