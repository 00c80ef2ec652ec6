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
import { minifyCssLiterals } from './scripts/build/minify-css-literals.js';

const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'server/index': 'src/server/index.ts',
  'simulator/index': 'src/simulator/index.ts',
  'node/index': 'src/node/index.ts',
  'react/index': 'src/react/index.ts',
};

const isExternal = (id: string): boolean =>
  id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@lit-labs/') ||
  id === 'zod' || id.startsWith('zod/') || id.startsWith('node:') || id === 'react' ||
  // The backend's store: a dependency the host shares with its own drivers, never a copy of it.
  id === 'unstorage' || id.startsWith('unstorage/');

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [minifyCssLiterals()],
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'xs2a-elements.js' },
          // Chunks are imported relative to the module that imports them, so the folder works
          // from any URL it is served at. Rolldown's own chunking gave the smallest pages: grouping
          // lit and zod into one shared chunk, or the display elements into one, cost a page with
          // `<xs2a-connect>` alone 2.4 kB gzip more and saved a report page at most 1.1 kB.
          // The main entry's exports are left out: as a second entry they cost every page
          // 0.7–1.3 kB and one more request before an element's code.
          // No comments: the pure annotations that Rolldown keeps for a later bundler (some 150 in
          // the files) are bytes nobody reads in a file a page loads as it is.
          rolldownOptions: { output: { minify: true, comments: false, chunkFileNames: 'chunks/[name]-[hash].js' } },
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
