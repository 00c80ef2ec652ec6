/**
 * Writes the README's framework snippets from the example apps, so each snippet is the code that
 * `npm run test:examples` type-checks, builds and drives. `--check` fails instead when the README
 * is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const start = '<!-- examples:start (generated from examples/ by scripts/readme-examples.mjs) -->';
const end = '<!-- examples:end -->';

const snippets = [
  ['React (Vite)', [['examples/react/src/App.tsx', 'tsx']]],
  ['Next.js (app router)', [['examples/next/app/bank.tsx', 'tsx'], ['examples/next/app/page.tsx', 'tsx'], ['examples/next/lib/xs2a.ts', 'ts'], ['examples/next/app/api/[...path]/route.ts', 'ts'], ['examples/next/app/klarna/[...path]/route.ts', 'ts']]],
  ['Vue', [['examples/vue/src/main.ts', 'ts'], ['examples/vue/vite.config.ts', 'ts'], ['examples/vue/src/App.vue', 'vue']]],
  ['Svelte 5', [['examples/svelte/src/main.ts', 'ts'], ['examples/svelte/src/App.svelte', 'svelte']]],
  ['Angular', [['examples/angular/src/app/app.ts', 'ts'], ['examples/angular/src/app/app.html', 'html']]],
  ['Plain HTML on the CDN file', [['examples/html/index.html', 'html']]],
];

const body = snippets
  .map(([title, files]) => {
    const present = files.filter(([path]) => {
      try {
        readFileSync(path);
        return true;
      } catch {
        return false;
      }
    });
    if (present.length === 0) return '';
    return [`### ${title}`, '', ...present.flatMap(([path, language]) => [`\`${path}\`:`, '', `\`\`\`${language}`, readFileSync(path, 'utf8').trimEnd(), '```', ''])].join('\n');
  })
  .filter(Boolean)
  .join('\n');

const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from < 0 || to < 0) throw new Error(`README.md lacks the markers ${start} … ${end}`);
const next = `${readme.slice(0, from + start.length)}\n${body}${readme.slice(to)}`;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md framework snippets are out of date: run `node scripts/readme-examples.mjs`.');
    process.exit(1);
  }
  console.log('README framework snippets match examples/.');
} else {
  writeFileSync('README.md', next);
  console.log('README framework snippets written.');
}
