/**
 * Bundle size: minified, gzip and brotli of the CDN file, of `<xs2a-connect>` and `<xs2a-report>`
 * alone as a host's bundler tree-shakes them from the npm output (with lit and zod bundled, and
 * with them left external), and of the peers' published loaders bundled the same way from their
 * npm packages. Then the targets, met or missed, and the largest contributors to
 * `<xs2a-connect>` with its dependencies and to the CDN file.
 *
 * Run `npm run bench` (builds first), or `node bench/bundle-size.mjs` after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { version as viteVersion } from 'vite';
import {
  breakdown,
  buildCdnInMemory,
  bundleEntry,
  compressedSizes,
  elementEntry,
  gzipSize,
  measureOurOutputs,
  projectRoot,
} from '../scripts/check/size-measure.mjs';

if (!existsSync(join(projectRoot, 'dist', 'cdn', 'xs2a-elements.js'))) {
  throw new Error('dist/ is missing: run `npm run build` first');
}

const kB = 1024;
const targets = [
  { key: 'cdn', label: 'CDN file ≤ 35 kB gzip', limit: 35 * kB },
  { key: 'connect', label: '`<xs2a-connect>` with all its dependencies ≤ 14 kB gzip', limit: 14 * kB },
  { key: 'connect-own', label: '`<xs2a-connect>` own code, lit and zod left to the host ≤ 4 kB gzip', limit: 4 * kB },
];

const versionOf = (name) => JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
const isReact = (id) => /^react(-dom)?(\/|$)/.test(id);
const peers = [
  {
    label: `react-plaid-link ${versionOf('react-plaid-link')}, \`usePlaidLink\` (react, react-dom external)`,
    source: "export { usePlaidLink } from 'react-plaid-link';",
    external: isReact,
  },
  {
    label: `connect-web-sdk ${versionOf('connect-web-sdk')} (Mastercard Open Banking Connect), \`Connect\``,
    source: "export { Connect } from 'connect-web-sdk';",
  },
  {
    label: `@finapi/web-form ${versionOf('@finapi/web-form')}, \`load\` and \`unload\``,
    source: "export { load, unload } from '@finapi/web-form';",
  },
];
// Bundlers pick react-plaid-link's UMD file through its `browser` field; its ESM file, for reference.
const plaidEsm = {
  source: `export { usePlaidLink } from ${JSON.stringify(join(projectRoot, 'node_modules/react-plaid-link/dist/index.esm.js'))};`,
  external: isReact,
};

const ours = await measureOurOutputs(projectRoot, { sourcemap: true });
const peerSizes = [];
for (const peer of peers) {
  const chunk = await bundleEntry({ source: peer.source, external: peer.external });
  peerSizes.push({ label: peer.label, ...compressedSizes(chunk.code) });
}
const plaidEsmSizes = compressedSizes((await bundleEntry(plaidEsm)).code);
const cdn = await buildCdnInMemory();

const fmt = (bytes) => `${(bytes / kB).toFixed(1)} kB`;
const count = (value) => value.toLocaleString('en');
const cpu = cpus();
const lines = [
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Vite ${viteVersion}; no browser (sizes only)`,
  'Minified bytes, gzip level 9 and brotli quality 11 (node:zlib); 1 kB = 1,024 bytes. An element alone: a one-line entry',
  "importing `dist/<element>/define.js`, bundled by Vite in library mode into one minified ES file, as a host's production build",
  'would; "own code" leaves lit, @lit/*, @lit-labs/* and zod to the host. Peers: their npm packages bundled the same way.',
  '',
  '| output | minified | gzip | brotli |',
  '|---|---|---|---|',
  ...ours.map((row) => `| ${row.label} | ${fmt(row.min)} | ${fmt(row.gzip)} | ${fmt(row.brotli)} |`),
  ...peerSizes.map((row) => `| peer: ${row.label} | ${fmt(row.min)} | ${fmt(row.gzip)} | ${fmt(row.brotli)} |`),
  '',
  `react-plaid-link is measured as bundlers resolve it (its \`browser\` field, a UMD file, not tree-shaken); its ESM file gives ${fmt(plaidEsmSizes.min)} minified, ${fmt(plaidEsmSizes.gzip)} gzip. Each peer's loader only injects its vendor's script or iframe and validates nothing.`,
  '',
  'Targets:',
];
for (const target of targets) {
  const { gzip } = ours.find((row) => row.key === target.key);
  const over = gzip - target.limit;
  lines.push(`- ${target.label}: ${over <= 0 ? 'met' : 'MISSED'} (${fmt(gzip)}, ${count(gzip)} bytes; ${fmt(Math.abs(over))} ${over <= 0 ? 'under' : 'over'})`);
}

const cdnOnDisk = readFileSync(join(projectRoot, 'dist', 'cdn', 'xs2a-elements.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '');
if (cdnOnDisk !== cdn.chunk.code.replace(/\n$/, '')) {
  lines.push('', 'Note: dist/cdn/xs2a-elements.js differs from a build of the current sources; run `npm run build` for a matching breakdown.');
}

function breakdownTable(title, parts, topModules) {
  const { packages, modules, unattributed } = parts;
  return [
    '',
    `### ${title}`,
    '',
    'Per package: rendered is the code Rollup/Rolldown keeps from each module before minification (`renderedLength`); minified is the bytes of the minified file the source map attributes to it; gzip alone is the gzip of those bytes by themselves (more than their share of the whole file).',
    '',
    '| package | modules | rendered | minified | gzip alone |',
    '|---|---|---|---|---|',
    ...packages.map((row) => `| ${row.package} | ${row.modules} | ${fmt(row.rendered)} | ${fmt(row.min)} | ${fmt(row.gzip)} |`),
    `| (bundle glue, no source) | | | ${fmt(unattributed)} | |`,
    '',
    `Largest ${topModules} modules by rendered size:`,
    '',
    '| module | rendered | minified | gzip alone |',
    '|---|---|---|---|',
    ...modules.slice(0, topModules).map((row) => `| ${row.path} | ${count(row.rendered)} | ${count(row.min)} | ${count(row.gzip)} |`),
  ];
}

const connect = ours.find((row) => row.key === 'connect');
lines.push(...breakdownTable(
  `\`<xs2a-connect>\` with lit and zod (${fmt(connect.gzip)} gzip)`,
  breakdown(connect.chunk, { mapDir: join(projectRoot, 'dist'), root: projectRoot }),
  20,
));
lines.push(...breakdownTable(
  `CDN file (${fmt(ours.find((row) => row.key === 'cdn').gzip)} gzip)`,
  breakdown(cdn.chunk, { mapDir: cdn.mapDir, root: projectRoot }),
  30,
));

// What each part adds: the gzip of a bundle minus the gzip of the same bundle with that part left
// out (external). The CDN file is rebuilt here from the npm output, as its entry does it.
const dist = join(projectRoot, 'dist');
const cdnEntry = `import ${JSON.stringify(join(dist, 'define.js'))};\nexport * from ${JSON.stringify(join(dist, 'index.js'))};\n`;
const parts = {
  zod: (id) => /^zod(\/|$)/.test(id),
  'lit (lit, lit-html, lit-element, @lit/reactive-element)': (id) => /^(lit|lit-html|lit-element)(\/|$)/.test(id) || id.startsWith('@lit/reactive-element'),
  '@lit-labs/virtualizer': (id) => id.startsWith('@lit-labs/'),
  'i18n catalogs (src/i18n/messages)': (id) => /i18n\/messages\.js$/.test(id),
  'the package\'s schemas and parsePayload (src/schemas, src/validation), with the zod they pull in': (id) => /\/(schemas|validation)\/[^/]+\.js$/.test(id),
  'launcher loader': (id) => /launcher\/launcher-loader\.js$/.test(id),
  'host-backend client': (id) => /backend\/host-client\.js$/.test(id),
  'connect styles': (id) => /connect\/xs2a-connect\.styles\.js$/.test(id),
};
async function marginal(source, names) {
  const whole = gzipSize((await bundleEntry({ source })).code);
  const rows = [];
  for (const name of names) {
    const without = gzipSize((await bundleEntry({ source, external: parts[name] })).code);
    rows.push(`| ${name} | ${fmt(whole - without)} |`);
  }
  return { whole, rows };
}
const connectParts = await marginal(elementEntry(projectRoot, 'connect'), Object.keys(parts).filter((name) => !['@lit-labs/virtualizer', 'i18n catalogs (src/i18n/messages)'].includes(name)));
const cdnParts = await marginal(cdnEntry, Object.keys(parts).filter((name) => !['launcher loader', 'host-backend client', 'connect styles'].includes(name)));
const elementsOnly = gzipSize((await bundleEntry({ source: `import ${JSON.stringify(join(dist, 'define.js'))};\n` })).code);
lines.push(
  '',
  '### What each part adds (gzip of the bundle minus the same bundle with that part external)',
  '',
  `\`<xs2a-connect>\` with lit and zod (${fmt(connectParts.whole)}):`,
  '',
  '| part | adds |',
  '|---|---|',
  ...connectParts.rows,
  '',
  `The CDN file's entry (every define module and the main entry's exports) bundled from the npm output (${fmt(cdnParts.whole)}):`,
  '',
  '| part | adds |',
  '|---|---|',
  ...cdnParts.rows,
  `| the main entry's exports (schemas, helpers, classes) beyond the tags | ${fmt(cdnParts.whole - elementsOnly)} |`,
);
console.log(lines.join('\n'));
