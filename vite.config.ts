/**
 * Two builds from one config:
 * - `vite build` (default): the npm ESM output, one file per entry, readable, with lit and zod
 *   left to the host's bundler.
 * - `vite build --mode cdn`: `dist/cdn/xs2a-elements.js`, one minified module with everything
 *   inlined that registers every tag.
 */
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'server/index': 'src/server/index.ts',
  'simulator/index': 'src/simulator/index.ts',
  'node/index': 'src/node/index.ts',
};

const isExternal = (id: string): boolean =>
  id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@lit-labs/') ||
  id === 'zod' || id.startsWith('zod/') || id.startsWith('node:');

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [minifyCssLiterals()],
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'xs2a-elements.js' },
          // One file: the virtualizer's lazily imported default layout is inlined too.
          rolldownOptions: { output: { minify: true, codeSplitting: false } },
        },
      }
    : {
        plugins: [minifyCssLiterals()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: { entry: npmEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          rolldownOptions: {
            external: isExternal,
            output: { preserveModules: true, preserveModulesRoot: 'src' },
          },
        },
      },
);
