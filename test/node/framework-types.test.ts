/**
 * The JSX, Vue and Svelte types the package ships, generated from the custom elements manifest:
 * each element's settable properties and attributes must be there, however the element declares
 * them (lit's decorators or a static `properties` map, which the analyzer marks differently).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';

interface Manifest {
  modules: {
    declarations?: {
      customElement?: boolean;
      tagName?: string;
      attributes?: { name: string; fieldName?: string }[];
      members?: { name: string; readonly?: boolean }[];
    }[];
  }[];
}

/** The block of one tag in `jsx.d.ts`'s `CustomElements` map. */
function jsxBlock(jsx: string, tag: string): string {
  const start = jsx.indexOf(`'${tag}': `);
  if (start < 0) throw new Error(`no ${tag} in jsx.d.ts`);
  return jsx.slice(start, jsx.indexOf('\n  };', start));
}

describe('framework types from the manifest', function () {
  this.timeout(120_000);
  let dir = '';
  let manifest: Manifest;
  let jsx = '';
  before(() => {
    // The analyzer resolves --outdir against the working directory.
    dir = join('node_modules', '.cache', `xs2a-types-${process.pid}`);
    execFileSync('npx', ['--no-install', 'custom-elements-manifest', 'analyze', '--quiet', '--outdir', dir], { stdio: 'ignore' });
    execFileSync('node', ['scripts/build/framework-types.mjs', join(dir, 'custom-elements.json'), dir], { stdio: 'ignore' });
    manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as Manifest;
    jsx = readFileSync(join(dir, 'jsx.d.ts'), 'utf8');
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('give <xs2a-connect> its properties, those without an attribute too', () => {
    const block = jsxBlock(jsx, 'xs2a-connect');
    for (const property of ['endpoint', 'launcherSrc', 'language', 'disabled', 'theme', 'launcherOptions', 'flowOptions', 'statusLabels']) {
      expect(block, property).to.contain(`${property}?: Xs2aConnect["${property}"]`);
    }
    expect(block).to.contain(`'launcher-src'?: Xs2aConnect["launcherSrc"]`);
  });

  it('give every element a property for each of its settable attributes', () => {
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
    expect(elements.length).to.be.greaterThan(5);
    for (const element of elements) {
      const block = jsxBlock(jsx, element.tagName!);
      const readonly = new Set((element.members ?? []).filter((member) => member.readonly).map((member) => member.name));
      for (const attribute of element.attributes ?? []) {
        if (attribute.fieldName && !readonly.has(attribute.fieldName)) expect(block, `${element.tagName} ${attribute.fieldName}`).to.match(new RegExp(`\\b${attribute.fieldName}\\?: `));
      }
    }
  });
});
