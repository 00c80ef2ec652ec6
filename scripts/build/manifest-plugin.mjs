/**
 * Turns the analyzer's view of `src/` into the manifest of the package as shipped. The tools that
 * framework users run on `custom-elements.json` (`@wc-toolkit/jsx-types`,
 * `custom-element-vuejs-integration`, `custom-element-svelte-integration`) read it literally, so:
 * - every `path` and `module` names the file in `dist/` that the package ships, not `src/*.ts`;
 * - each event is one entry with its name and its class (the analyzer lists an event it sees
 *   dispatched and the same event from `@fires` as two halves);
 * - each define module declares the `custom-element-definition` it performs through
 *   `defineElement(tag, Class)`, which the analyzer does not recognise as `customElements.define`;
 * - every attribute names its field, adding the fields the class inherits or computes (`nonce` is
 *   HTMLElement's own property; `state` is a getter);
 * - an element module's exports include the type aliases and interfaces it declares (the analyzer
 *   lists only values), since generators import the types of properties from that module.
 */
import { readFileSync } from 'node:fs';

const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

function mergeEvents(events) {
  const byName = new Map();
  const unnamed = events.filter((event) => !event.name);
  for (const event of events.filter((candidate) => candidate.name)) {
    const known = byName.get(event.name);
    byName.set(event.name, { ...event, ...known, type: known?.type ?? event.type, description: known?.description ?? event.description });
  }
  // An unnamed half carries only the class of an event that `@fires` names elsewhere.
  for (const half of unnamed) {
    const match = [...byName.values()].find((event) => event.type?.text === half.type?.text) ?? [...byName.values()].find((event) => !event.type);
    if (match && !match.type) match.type = half.type;
  }
  return [...byName.values()];
}

function linkAttributes(declaration) {
  const members = (declaration.members ??= []);
  for (const attribute of declaration.attributes ?? []) {
    if (attribute.fieldName) continue;
    const name = camelCase(attribute.name);
    attribute.fieldName = name;
    if (members.some((member) => member.kind === 'field' && member.name === name)) continue;
    members.push({ kind: 'field', name, type: attribute.type, description: attribute.description });
  }
}

function declaredTypesOf(module) {
  const source = readFileSync(module.path, 'utf8');
  return [...source.matchAll(/^export (?:type|interface) (\w+)/gm)].map(([, name]) => ({
    kind: 'js',
    name,
    declaration: { name, module: module.path },
  }));
}

function definitionsOf(module, classModules) {
  const source = readFileSync(module.path, 'utf8');
  return [...source.matchAll(/defineElement\('([a-z0-9-]+)', (\w+)\)/g)].map(([, tag, className]) => ({
    kind: 'custom-element-definition',
    name: tag,
    declaration: { name: className, module: classModules.get(className) },
  }));
}

export function shippedManifestPlugin() {
  return {
    name: 'xs2a-shipped-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const classModules = new Map();
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) classModules.set(declaration.name, shipped(module.path));
      }
      for (const module of manifest.modules) {
        // `defineElement(tagName, constructor)` itself is no definition.
        module.exports = (module.exports ?? []).filter((entry) => !(module.path === 'src/define-element.ts' && entry.kind === 'custom-element-definition'));
        if (module.path.endsWith('/define.ts')) module.exports.push(...definitionsOf(module, classModules));
        if (module.declarations?.some((declaration) => declaration.customElement)) {
          const listed = new Set(module.exports.map((entry) => entry.name));
          module.exports.push(...declaredTypesOf(module).filter((entry) => !listed.has(entry.name)));
        }
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          if (declaration.events) declaration.events = mergeEvents(declaration.events);
          linkAttributes(declaration);
        }
      }
      // Last, so the definitions above could still read the sources.
      const rewrite = (value) => {
        if (Array.isArray(value)) value.forEach(rewrite);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = shipped(inner);
            else rewrite(inner);
          }
        }
      };
      rewrite(manifest.modules);
    },
  };
}
