/**
 * A Vite plugin for both builds (the npm output and the CDN file): minifies the whitespace of the
 * package's Lit `css` literals (see `css-literals.ts`), with a source map of the change.
 */
import { RolldownMagicString } from 'rolldown';
import type { Plugin } from 'vite';
import { cssLiteralEdits } from './css-literals.js';

export function minifyCssLiterals(): Plugin {
  return {
    name: 'xs2a-minify-css-literals',
    transform(code: string, id: string) {
      if (!/\/src\/.+\.ts$/.test(id) || !code.includes('css`')) return null;
      const edits = cssLiteralEdits(code);
      if (edits.length === 0) return null;
      const result = new RolldownMagicString(code);
      for (const { start, end, text } of edits) result.overwrite(start, end, text);
      return { code: result };
    },
  };
}
