/**
 * Validates the custom elements manifest that the package ships, as the generators that framework
 * users run on it read it: `@wc-toolkit/cem-validator` with every rule an error, then what that
 * validator does not cover: every path names a file of `dist/` built from a source file, each
 * event is one entry with a name and a class, each attribute names an existing field, and each
 * tag is defined by a define module.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCem } from '@wc-toolkit/cem-validator';

const outdir = 'node_modules/.cache/xs2a-manifest-check';
execFileSync('npx', ['--no-install', 'custom-elements-manifest', 'analyze', '--quiet', '--outdir', outdir], { stdio: 'ignore' });
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
const problems = [];

try {
  await validateCem(manifest, { packageJsonPath: './package.json', cemFileName: 'custom-elements.json', logErrors: false });
} catch (error) {
  problems.push(`cem-validator: ${error instanceof Error ? error.message : String(error)}`);
}

const sourceOf = (path) => path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
const definitions = new Map();
for (const module of manifest.modules) {
  if (!module.path.startsWith('dist/') || !existsSync(sourceOf(module.path))) problems.push(`${module.path} is not a shipped file`);
  for (const entry of module.exports ?? []) {
    if (entry.kind === 'custom-element-definition') definitions.set(entry.name, module.path);
  }
}

const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement));
for (const element of elements) {
  const where = `<${element.tagName}>`;
  if (!/\/define\.js$/.test(definitions.get(element.tagName) ?? '')) problems.push(`${where} is defined by no define module`);
  const names = (element.events ?? []).map((event) => event.name);
  for (const event of element.events ?? []) {
    if (!event.name || !event.type?.text) problems.push(`${where} has an event without a name or a class: ${JSON.stringify(event)}`);
  }
  if (new Set(names).size !== names.length) problems.push(`${where} lists an event twice: ${names.join(', ')}`);
  const fields = new Set((element.members ?? []).filter((member) => member.kind === 'field').map((member) => member.name));
  for (const attribute of element.attributes ?? []) {
    if (!attribute.fieldName || !fields.has(attribute.fieldName)) problems.push(`${where} attribute ${attribute.name} has no field`);
  }
}

if (elements.length !== 9) problems.push(`expected 9 elements in the manifest, found ${elements.length}`);
if (problems.length > 0) {
  console.error(problems.map((problem) => `manifest: ${problem}`).join('\n'));
  process.exit(1);
}
console.log(`manifest: ${elements.length} elements, ${definitions.size} definitions, every path in dist/, valid`);
