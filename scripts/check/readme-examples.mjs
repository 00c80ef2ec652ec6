/**
 * Writes the README's framework snippets from the example apps, so each snippet is the code that
 * `npm run test:examples` type-checks, builds and drives; and the "Deploying the backend" recipes
 * from examples/backend/, each the code test/node/host-backend-platforms.test.ts runs. `--check`
 * fails instead when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const blocks = [
  {
    start: '<!-- examples:start (generated from examples/ by scripts/check/readme-examples.mjs) -->',
    end: '<!-- examples:end -->',
    snippets: [
      ['React (Vite)', [['examples/react/src/App.tsx', 'tsx']]],
      ['Next.js (app router)', [['examples/next/app/bank.tsx', 'tsx'], ['examples/next/app/page.tsx', 'tsx'], ['examples/next/lib/xs2a.ts', 'ts'], ['examples/next/app/api/[...path]/route.ts', 'ts'], ['examples/next/app/klarna/[...path]/route.ts', 'ts']]],
      ['Vue', [['examples/vue/src/main.ts', 'ts'], ['examples/vue/vite.config.ts', 'ts'], ['examples/vue/src/App.vue', 'vue']]],
      ['Svelte 5', [['examples/svelte/src/main.ts', 'ts'], ['examples/svelte/src/App.svelte', 'svelte']]],
      ['Angular', [['examples/angular/src/app/app.ts', 'ts'], ['examples/angular/src/app/app.html', 'html']]],
      ['Plain HTML on the CDN file', [['examples/html/index.html', 'html']]],
    ],
  },
  {
    start: '<!-- deploy:start (generated from examples/backend/ by scripts/check/readme-examples.mjs) -->',
    end: '<!-- deploy:end -->',
    snippets: [
      ['Express', [['examples/backend/express.ts', 'ts']]],
      ['Fastify', [['examples/backend/fastify.ts', 'ts']]],
      ['Hono', [['examples/backend/hono.ts', 'ts']]],
      ['Next.js route handler', [['examples/backend/next-route.ts', 'ts', 'app/api/xs2a/[...path]/route.ts']]],
      ['Cloudflare Worker with KV', [['examples/backend/cloudflare-worker.ts', 'ts']]],
      ['Redis', [['examples/backend/redis.ts', 'ts']]],
    ],
  },
];

const exists = (path) => {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
};

const render = (snippets) =>
  snippets
    .map(([title, files]) => {
      const present = files.filter(([path]) => exists(path));
      if (present.length === 0) return '';
      return [
        `### ${title}`,
        '',
        ...present.flatMap(([path, language, target]) => [
          target ? `\`${path}\`, as \`${target}\`:` : `\`${path}\`:`,
          '',
          `\`\`\`${language}`,
          readFileSync(path, 'utf8').trimEnd(),
          '```',
          '',
        ]),
      ].join('\n');
    })
    .filter(Boolean)
    .join('\n');

const readme = readFileSync('README.md', 'utf8');
let next = readme;
for (const { start, end, snippets } of blocks) {
  const from = next.indexOf(start);
  const to = next.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README.md lacks the markers ${start} … ${end}`);
  next = `${next.slice(0, from + start.length)}\n${render(snippets)}${next.slice(to)}`;
}
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md snippets are out of date: run `node scripts/check/readme-examples.mjs`.');
    process.exit(1);
  }
  console.log('README snippets match examples/.');
} else {
  writeFileSync('README.md', next);
  console.log('README snippets written.');
}
