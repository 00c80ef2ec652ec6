/**
 * A Vite plugin for the CDN build: terser's compressor (three passes) on each chunk before
 * Rolldown's own minifier runs on its output. Terser finds reductions Rolldown's minifier leaves
 * (inlined single-use functions and constants, merged conditionals): together they give a page
 * with `<xs2a-connect>` 0.2 kB gzip less, one with `<xs2a-report>` 0.3 kB less, than Rolldown's
 * minifier alone, and less than terser's alone.
 *
 * Run in the build's own thread rather than through Vite's `minify: 'terser'`, whose worker
 * threads rebuild their code from strings and fail when the build runs under a TypeScript loader
 * (the tests build the CDN files under tsx).
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

export function terserCompress(): Plugin {
  return {
    name: 'xs2a-terser-compress',
    async renderChunk(code, _chunk, outputOptions) {
      // An unminified build (the profiles') keeps its names and the comments naming each module.
      if (outputOptions.minify === false) return null;
      const result = await minify(code, {
        module: true,
        ecma: 2022,
        compress: { passes: 3 },
        // Rolldown's minifier drops the annotations after it has used them.
        format: { preserve_annotations: true },
        sourceMap: Boolean(outputOptions.sourcemap),
      });
      if (result.code === undefined) return null;
      if (result.map === undefined) return result.code;
      return { code: result.code, map: typeof result.map === 'string' ? result.map : JSON.stringify(result.map) };
    },
  };
}
