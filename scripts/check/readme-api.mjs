/**
 * Writes the README's API section from the custom elements manifest, so the element docs are
 * written once, in each class's JSDoc. `--check` fails instead when the README is out of date.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPublicMember } from '../build/public-members.mjs';

const start = '<!-- api:start (generated from custom-elements.json by scripts/check/readme-api.mjs) -->';
const end = '<!-- api:end -->';

function analyze() {
  // The analyzer resolves --outdir against the working directory.
  const outdir = 'node_modules/.cache/xs2a-manifest';
  execFileSync('npx', ['--no-install', 'custom-elements-manifest', 'analyze', '--quiet', '--outdir', outdir], { stdio: 'ignore' });
  return JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
}

const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${text}\`` : '');
const table = (head, rows) =>
  rows.length === 0 ? '' : [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''].join('\n');

function renderElement(element) {
  const publicMembers = (element.members ?? []).filter(isPublicMember);
  const fields = publicMembers.filter((member) => member.kind === 'field');
  const methods = publicMembers.filter((member) => member.kind === 'method');
  return [
    `### \`<${element.tagName}>\``,
    '',
    cell(element.description),
    '',
    table(['attribute', 'property', 'type', 'default', 'description'], (element.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description])),
    table(['property (no attribute)', 'type', 'description'], fields.filter((f) => !(element.attributes ?? []).some((a) => a.fieldName === f.name)).map((f) => [code(f.name), code(f.type?.text), f.description])),
    table(['method', 'returns', 'description'], methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), code(m.return?.type?.text), m.description])),
    table(['event', 'detail', 'description'], (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description])),
    table(['slot', 'description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description])),
    table(['part', 'description'], (element.cssParts ?? []).map((p) => [code(p.name), p.description])),
    table(['CSS custom property', 'default', 'description'], (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description])),
  ].join('\n');
}

const manifest = analyze();
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const body = elements.length === 0 ? 'No elements yet.\n' : elements.map(renderElement).join('\n');
const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${start} … ${end}`);
const next = `${readme.slice(0, from + start.length)}\n\n${body.trim()}\n\n${readme.slice(to)}`;

if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md API section is out of date: run `node scripts/check/readme-api.mjs`.');
    process.exit(1);
  }
  console.log(`README API section matches the manifest (${elements.length} elements).`);
} else {
  writeFileSync('README.md', next);
  console.log(`README API section written (${elements.length} elements).`);
}
