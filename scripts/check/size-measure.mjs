/**
 * What the package costs a page, measured the way a host's production build would bundle it.
 * Shared by `bench/bundle-size.mjs` (the table, the peers, the breakdown) and the size ratchet
 * `scripts/check/size.mjs`.
 *
 * - Sizes are minified bytes, gzip (level 9) and brotli (quality 11), all from node:zlib.
 * - An element "alone" is a one-line entry importing its define module from the npm output,
 *   bundled by Vite in library mode into one minified ES file: with everything bundled, and with
 *   its own code only (lit's packages and zod left to the host's bundler). That file
 *   inlines the parts the element loads on demand; "split" bundles it as a host's app build does,
 *   with code splitting, and counts the files that load before the element renders.
 * - A page on the CDN build transfers the CDN entry, the chunk it imports for each tag the page
 *   shows, and every chunk those import: the sum of each file's own gzip, as a server sends them.
 * - The package directory must hold a package.json with the package's `sideEffects` and the npm
 *   output in `dist/`, so the bundler tree-shakes it as it would from node_modules.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

export const projectRoot = resolve(import.meta.dirname, '../..');

export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/** Minified bytes, gzip and brotli of one file's code. */
export function compressedSizes(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSize(buffer),
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** lit and its packages, and zod: what "own code only" leaves to the host's bundler. */
export const isLitOrZod = (id) =>
  /^(lit|lit-html|lit-element|zod)(\/|$)/.test(id) || /^@lit\//.test(id);

const entryName = '__size-entry__.js';

/**
 * Bundles `source` (the code of a one-line entry module) as a host's production build would:
 * one minified ES file, `process.env.NODE_ENV` set to production, lazy imports inlined ({@link
 * splitEntry} keeps them apart). Bare imports resolve from `root`. Returns the chunk: `code`, `modules` (per source module,
 * with `renderedLength` before minification) and `map`.
 */
export async function bundleEntry({ source, root = projectRoot, external, sourcemap = false }) {
  const chunks = await bundleChunks({ source, root, external, sourcemap, split: false });
  if (chunks.length !== 1) throw new Error(`expected one bundled file, got ${chunks.length}`);
  return chunks[0];
}

/**
 * The files a host's production build makes of `source` with code splitting on, as Vite's and
 * webpack's app builds do: the entry chunk and every chunk it imports, statically or on demand.
 */
export const splitEntry = ({ source, root = projectRoot }) => bundleChunks({ source, root, split: true });

/**
 * The files a page loads before an element bundled by {@link splitEntry} renders: the entry chunk
 * and its static imports, recursively. What it imports on demand (other languages, the report's
 * views, detail and controls) loads when the page shows it.
 */
export function firstScreenChunks(chunks) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files = new Set();
  const add = (fileName) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    for (const imported of byFile.get(fileName).imports) add(imported);
  };
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('the bundle has no entry chunk');
  add(entry.fileName);
  return [...files].map((fileName) => byFile.get(fileName));
}

async function bundleChunks({ source, root, external, sourcemap, split }) {
  const entry = join(root, entryName);
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'size-entry',
        enforce: 'pre',
        resolveId: (id) => (id === entry || id.endsWith(`/${entryName}`) ? entry : undefined),
        load: (id) => (id === entry ? source : undefined),
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      // A map for the breakdown, without a comment pointing to it in the measured code.
      sourcemap: sourcemap ? 'hidden' : false,
      lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
      rolldownOptions: {
        ...(external ? { external } : {}),
        output: { minify: true, codeSplitting: split },
      },
    },
  });
  return (Array.isArray(result) ? result[0] : result).output.filter((file) => file.type === 'chunk');
}

/**
 * The outputs the ratchet records: key, label, and what it measures: the CDN entry file alone
 * (`loader`), a page on the CDN build showing `tags`, or an `element`'s npm define module.
 */
export const ourOutputs = [
  { key: 'cdn-loader', label: 'CDN entry `dist/cdn/xs2a-elements.js` alone (registers every tag, loads none)', loader: true },
  { key: 'page-connect', label: 'CDN page with `<xs2a-connect>` only: every file it loads', tags: ['xs2a-connect'] },
  { key: 'page-report', label: 'CDN page with `<xs2a-report>` only: every file it loads', tags: ['xs2a-report'] },
  { key: 'page-report-all', label: 'CDN page with `<xs2a-report>` only, every part shown: the views below its list, a transaction’s detail, the filters, custom dates and export', tags: ['xs2a-report'], lazy: true },
  { key: 'page-both', label: 'CDN page with both: every file it loads', tags: ['xs2a-connect', 'xs2a-report'] },
  { key: 'connect', label: '`<xs2a-connect>` from npm, with lit and zod', element: 'connect' },
  { key: 'connect-own', label: '`<xs2a-connect>` from npm, own code (lit, zod external)', element: 'connect', own: true },
  { key: 'report', label: '`<xs2a-report>` from npm, with lit and zod', element: 'report' },
  { key: 'report-own', label: '`<xs2a-report>` from npm, own code (lit, zod external)', element: 'report', own: true },
  { key: 'connect-split', label: '`<xs2a-connect>` from npm, split as a host\'s app build splits it: the files that load before it renders', element: 'connect', split: true },
  { key: 'report-split', label: '`<xs2a-report>` from npm, split as a host\'s app build splits it: the files that load before it renders', element: 'report', split: true },
];

/** The entry a host writes to get one element: its define module from the npm output. */
export const elementEntry = (packageDir, element) => `import ${JSON.stringify(join(packageDir, 'dist', element, 'define.js'))};\n`;

/** A chunk of one language's words, which only a page in that language loads. */
const isCatalog = (chunk) => chunk.moduleIds.every((id) => id.replace(/\\/g, '/').includes('/src/i18n/'));

/** The CDN entry among the CDN build's chunks. */
export const cdnEntryOf = (chunks) => {
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.fileName === 'xs2a-elements.js');
  if (!entry) throw new Error('the CDN build has no xs2a-elements.js entry');
  return entry;
};

/**
 * The files a page on the CDN build loads when it shows `tags`: the entry, the chunk the entry
 * imports for each tag (the define module of the tag's folder: `xs2a-report` → `report/define`),
 * and their static imports, recursively. With `lazy`, also what those chunks import on demand
 * (the report's views below its list, a transaction's detail, the controls whose code loads on
 * first use), as a page that shows and uses everything loads it. `chunks` are
 * the build's output chunks.
 */
export function pageChunks(chunks, tags, { lazy = false } = {}) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = cdnEntryOf(chunks);
  const files = new Set();
  const add = (fileName) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    const chunk = byFile.get(fileName);
    for (const imported of chunk.imports) add(imported);
    // The entry's own dynamic imports are the other tags, which this page does not show; the
    // catalogs of other languages are for other readers (the page is measured in English).
    if (lazy && fileName !== entry.fileName) for (const imported of chunk.dynamicImports) if (!isCatalog(byFile.get(imported))) add(imported);
  };
  add(entry.fileName);
  for (const tag of tags) {
    const folder = tag.replace(/^xs2a-/, '');
    const defines = (id) => id.replace(/\\/g, '/').endsWith(`/src/${folder}/define.ts`);
    const chunk = chunks.find((candidate) => candidate.moduleIds.some(defines));
    if (!chunk || !entry.dynamicImports.includes(chunk.fileName)) throw new Error(`the CDN entry does not import a chunk for <${tag}>`);
    add(chunk.fileName);
  }
  return [...files].map((fileName) => byFile.get(fileName));
}

/** Sizes of a set of files as a page transfers them: each file compressed on its own, summed. */
export function summedSizes(chunks) {
  const total = { min: 0, gzip: 0, brotli: 0, files: chunks.length };
  for (const chunk of chunks) {
    const sizes = compressedSizes(chunk.code);
    total.min += sizes.min;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return total;
}

/**
 * Bundles and measures each of {@link ourOutputs}: the elements from `packageDir` (a package.json
 * and `dist/`), the pages from `cdnChunks` (the CDN build's output chunks). With `sourcemap`,
 * each element's result also holds the bundled chunk, and each page's its chunks, for a breakdown.
 */
export async function measureOurOutputs(packageDir, { cdnChunks, sourcemap = false }) {
  const results = [];
  for (const output of ourOutputs) {
    if (output.loader) {
      results.push({ ...output, ...compressedSizes(cdnEntryOf(cdnChunks).code) });
      continue;
    }
    if (output.tags) {
      const chunks = pageChunks(cdnChunks, output.tags, { lazy: output.lazy });
      results.push({ ...output, ...summedSizes(chunks), chunks });
      continue;
    }
    if (output.split) {
      const chunks = firstScreenChunks(await splitEntry({ source: elementEntry(packageDir, output.element), root: packageDir }));
      results.push({ ...output, ...summedSizes(chunks), chunks });
      continue;
    }
    const chunk = await bundleEntry({
      source: elementEntry(packageDir, output.element),
      root: packageDir,
      external: output.own ? isLitOrZod : undefined,
      sourcemap,
    });
    results.push({ ...output, ...compressedSizes(chunk.code), chunk });
  }
  return results;
}

/**
 * Builds the npm output and the CDN files of the current sources into a temporary package
 * directory (the project's package.json, node_modules linked), runs `work(packageDir, cdnChunks)`
 * with the CDN build's output chunks, and removes the directory. The working tree's `dist/` is
 * left alone.
 */
export async function withFreshBuild(work) {
  const packageDir = mkdtempSync(join(tmpdir(), 'xs2a-size-'));
  try {
    writeFileSync(join(packageDir, 'package.json'), readFileSync(join(projectRoot, 'package.json')));
    symlinkSync(join(projectRoot, 'node_modules'), join(packageDir, 'node_modules'), 'dir');
    const outDir = join(packageDir, 'dist');
    const config = { root: projectRoot, configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' };
    await build({ ...config, build: { outDir, emptyOutDir: true, sourcemap: false } });
    // As published.
    const cdn = await build({ ...config, mode: 'cdn', build: { outDir: join(outDir, 'cdn'), emptyOutDir: true } });
    return await work(packageDir, chunksOf(cdn));
  } finally {
    rmSync(packageDir, { recursive: true, force: true });
  }
}

/** The output chunks of a Vite build's result. */
const chunksOf = (result) => (Array.isArray(result) ? result[0] : result).output.filter((file) => file.type === 'chunk');

/**
 * Builds the CDN files of the current sources in memory (same config as `npm run build`), with
 * source maps for {@link breakdown}; `mapDir` is where the files are written (a chunk's map is
 * relative to its own folder: `join(mapDir, dirname(chunk.fileName))`).
 */
export async function buildCdnInMemory() {
  const result = await build({
    root: projectRoot,
    configFile: join(projectRoot, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'silent',
    build: { write: false, emptyOutDir: false, sourcemap: 'hidden' },
  });
  return { chunks: chunksOf(result), mapDir: join(projectRoot, 'dist', 'cdn') };
}

const base64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((char, index) => [char, index]));

/** Decodes one source-map segment ("AAAA"-style base64 VLQ) into its numbers. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = base64.get(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * Splits minified code by the source each byte came from, using its source map: returns a map
 * from source path (as the map names it) to that source's minified code. Bytes no source claims
 * (the bundler's runtime helpers) are under ''.
 */
export function minifiedCodeBySource(code, map) {
  const pieces = new Map();
  const add = (source, text) => pieces.set(source, (pieces.get(source) ?? '') + text);
  const lines = code.split('\n');
  let sourceIndex = 0;
  // A line with no mapping at its start continues the previous line's source (a multi-line
  // template literal, such as a component's CSS).
  let previous = { column: 0, source: '' };
  map.mappings.split(';').forEach((lineMappings, lineNumber) => {
    const line = lines[lineNumber] ?? '';
    let column = 0;
    previous = { column: 0, source: previous.source };
    for (const segment of lineMappings.split(',')) {
      if (!segment) continue;
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      add(previous.source, line.slice(previous.column, column));
      let source = '';
      if (sourceDelta !== undefined) {
        sourceIndex += sourceDelta;
        source = map.sources[sourceIndex] ?? '';
      }
      previous = { column, source };
    }
    add(previous.source, `${line.slice(previous.column)}\n`);
  });
  return pieces;
}

/** `node_modules/zod/v4/core/schemas.js` → `zod`; anything else is the package's own code. */
export function packageOf(path) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match ? match[1] : 'xs2a-elements';
}

/** A module id, short: `zod/v4/core/schemas.js` in node_modules, else relative to `root`. */
export function shortPath(id, root) {
  const inModules = /node_modules\/(.*)$/.exec(id);
  return inModules ? inModules[1] : relative(root, id);
}

/**
 * The largest contributors to bundled code (one chunk, or the chunks of a page, built with
 * source maps): per source module, its rendered size before minification (`renderedLength`),
 * its minified bytes (attributed through the source map) and the gzip of those bytes alone; and
 * the same per package. `mapDir` is the folder the chunks are written to (a map's sources are
 * relative to its chunk's folder).
 * Gzip of a part alone is larger than its share of the whole file's gzip, since it cannot reuse
 * the rest of the file's strings.
 */
export function breakdown(chunkOrChunks, { mapDir, root }) {
  const chunks = [chunkOrChunks].flat();
  const minified = new Map();
  for (const chunk of chunks) {
    const chunkDir = join(mapDir, dirname(chunk.fileName));
    for (const [source, text] of minifiedCodeBySource(chunk.code, chunk.map)) {
      const key = source ? resolve(chunkDir, source) : '';
      minified.set(key, (minified.get(key) ?? '') + text);
    }
  }
  const modules = chunks.flatMap((chunk) => Object.entries(chunk.modules))
    .map(([id, module]) => {
      const path = id.replace(/^\0/, '');
      return { path: shortPath(path, root), package: packageOf(path), rendered: module.renderedLength, minifiedCode: minified.get(path) ?? '' };
    })
    .filter((module) => module.rendered > 0);
  const packages = new Map();
  for (const module of modules) {
    const entry = packages.get(module.package) ?? { package: module.package, modules: 0, rendered: 0, minifiedCode: '' };
    entry.modules += 1;
    entry.rendered += module.rendered;
    entry.minifiedCode += module.minifiedCode;
    packages.set(module.package, entry);
  }
  const sized = ({ minifiedCode, ...part }) => ({
    ...part,
    min: Buffer.byteLength(minifiedCode),
    gzip: minifiedCode ? gzipSize(minifiedCode) : 0,
  });
  return {
    modules: modules.map(sized).sort((a, b) => b.rendered - a.rendered),
    packages: [...packages.values()].map(sized).sort((a, b) => b.min - a.min),
    unattributed: Buffer.byteLength(minified.get('') ?? ''),
  };
}
