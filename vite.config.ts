/**
 * Two builds from one config:
 * - `vite build` (default): the npm ESM output, one file per entry, readable, with lit and zod
 *   left to the host's bundler.
 * - `vite build --mode cdn`: `dist/cdn/`, minified, every dependency inlined: `xs2a-elements.js`
 *   registers every tag and imports an element's chunk from `chunks/` on the element's first use;
 *   the elements' chunks share lit's and zod's.
 * Neither writes source maps: they were 1.5 MB of a 646 kB tarball (945 kB for the CDN file alone),
 * and the npm output is unminified ES2022 that a host's bundler maps itself.
 */
import { defineConfig } from 'vite';
import { compileHints } from './scripts/build/compile-hints.js';
import { minifyCssLiterals } from './scripts/build/minify-css-literals.js';
import { terserCompress } from './scripts/build/terser-compress.js';

const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'server/index': 'src/server/index.ts',
  'simulator/index': 'src/simulator/index.ts',
  'node/index': 'src/node/index.ts',
  'react/index': 'src/react/index.ts',
};

const isExternal = (id: string): boolean =>
  id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') ||
  id === 'zod' || id.startsWith('zod/') || id.startsWith('node:') || id === 'react' ||
  // The backend's store: a dependency the host shares with its own drivers, never a copy of it.
  id === 'unstorage' || id.startsWith('unstorage/');

/**
 * Two chunks of the CDN build that Rolldown's own splitting would cut into pieces by which
 * elements import each piece (every element, three of them, two of them), each piece one more
 * file a page requests and compresses apart:
 * - `lit`: lit's core and the package's code every element shares (registration, locale,
 *   catalogs, the event base class). Not lit's decorators: `<xs2a-connect>` declares its
 *   properties without them, and a page with the button alone saves their 0.4 kB (the display
 *   elements share them in a chunk of their own, +0.2 kB on a report page);
 * - `validation`: zod, the shared schema parts, `parsePayload`, the errors and the host-backend
 *   client, which `<xs2a-connect>` and `<xs2a-report>` both load.
 * A group takes only the modules named here, not what they import: lit's decorator barrel would
 * pull `@query` (the report's) onto a page with the button alone. Measured with
 * scripts/check/size.mjs (gzip): a page with `<xs2a-connect>` 4 files instead of 6, 24,226 →
 * 23,850 B; with `<xs2a-report>` 77,955 → 77,484 B; with a chart or the list about 0.1 kB less.
 * A page with `<xs2a-transaction-detail>` alone, which reads zod but not the network, loads
 * the host client with it (+1.6 kB). Grouping lit with zod as well cut the button's page by
 * 0.3 kB more, but put zod on every chart's page.
 */
const litCore =
  /\/node_modules\/(lit\/index|lit-html\/lit-html|lit-element\/lit-element|@lit\/reactive-element\/(reactive-element|css-tag))\.js$|\/src\/(define-element|i18n\/(locale|catalog|loader)|events\/xs2a-event)\.ts$/;
// zod's compiler and memoizer are the report's alone (its fast path).
const validation =
  /\/node_modules\/zod\/(?!v4\/core\/(memoizer|compile)\.js$)|\/src\/(schemas\/common|errors|validation\/parse-payload|host-api\/host-client|events\/xs2a-error-event)\.ts$/;
// lit's directives, which the display elements share and their lazily loaded parts use: as a chunk
// of their own rather than one file per directive (`if-defined` alone was 62 bytes, a request).
const litDirectives = /\/node_modules\/(lit-html\/(directive-helpers|directive|async-directive|directives\/[\w-]+)|lit\/(directive|async-directive|directives\/[\w-]+))\.js$/;
const cdnChunkGroups = [
  { name: 'lit', test: litCore, includeDependenciesRecursively: false },
  { name: 'directives', test: litDirectives, includeDependenciesRecursively: false },
  { name: 'validation', test: validation, includeDependenciesRecursively: false },
];

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        // The report's first rows run nearly every function of the chunks it loads with it:
        // V8 compiles them as they load rather than at their first call (see compile-hints.ts).
        // Terser compresses each chunk before Rolldown's minifier (see terser-compress.ts).
        plugins: [minifyCssLiterals(), terserCompress(), compileHints(['/src/report/define.ts'])],
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'xs2a-elements.js' },
          // Chunks are imported relative to the module that imports them, so the folder works
          // from any URL it is served at. The main entry's exports are left out: as a second
          // entry they cost every page 0.7–1.3 kB and one more request before an element's code.
          // No comments: the pure annotations that Rolldown keeps for a later bundler (some 150 in
          // the files) are bytes nobody reads in a file a page loads as it is.
          rolldownOptions: {
            // Lets a group take a module without the modules it imports (see `cdnChunkGroups`).
            preserveEntrySignatures: 'allow-extension',
            output: {
              minify: true,
              comments: false,
              chunkFileNames: 'chunks/[name]-[hash].js',
              codeSplitting: { groups: cdnChunkGroups },
            },
          },
        },
      }
    : {
        plugins: [minifyCssLiterals()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          minify: false,
          lib: { entry: npmEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          rolldownOptions: {
            external: isExternal,
            output: { preserveModules: true, preserveModulesRoot: 'src' },
          },
        },
      },
);
