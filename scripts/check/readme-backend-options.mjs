/**
 * Writes the README's table of `createHostBackend` options from the `HostBackendOptions`
 * interface and its doc comments, so that the table is the code. `--check` fails instead when the
 * README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const start = '<!-- backend-options:start (generated from src/server/index.ts by scripts/check/readme-backend-options.mjs) -->';
const end = '<!-- backend-options:end -->';

const file = 'src/server/index.ts';
const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
let options;
source.forEachChild((node) => {
  if (ts.isInterfaceDeclaration(node) && node.name.text === 'HostBackendOptions') options = node;
});
if (!options) throw new Error(`${file} has no interface HostBackendOptions`);

const cell = (text) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const rows = options.members.filter(ts.isPropertySignature).map((member) => {
  const name = member.name.getText(source);
  const optional = member.questionToken ? '' : ' (required)';
  const type = member.type ? member.type.getText(source) : 'unknown';
  const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc).map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join(' ');
  return `| \`${name}\`${optional} | \`${cell(type)}\` | ${cell(docs)} |`;
});
const body = ['| option | type | meaning |', '|---|---|---|', ...rows].join('\n');

const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from < 0 || to < 0) throw new Error(`README.md lacks the markers ${start} … ${end}`);
const next = `${readme.slice(0, from + start.length)}\n${body}\n${readme.slice(to)}`;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md backend options are out of date: run `node scripts/check/readme-backend-options.mjs`.');
    process.exit(1);
  }
  console.log(`README backend options match src/server/index.ts (${rows.length} options).`);
} else {
  writeFileSync('README.md', next);
  console.log(`README backend options written (${rows.length} options).`);
}
