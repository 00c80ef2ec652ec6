/**
 * V8's explicit compile hints for the CDN build: the magic comment `//# allFunctionsCalledOnLoad`
 * at the top of a script makes V8 (Chrome 136 and later) compile every function in it as the
 * file loads, on the thread that streams it, instead of compiling each function lazily on the
 * main thread at its first call (https://v8.dev/blog/explicit-compile-hints).
 *
 * The comment goes only on the chunks an element needs for its first render: the chunk of its
 * define module and every chunk that one imports statically. Chunks it imports on demand (the
 * report's views below the list, the transaction detail, another language's catalog) stay lazy:
 * compiling them eagerly would spend time on a page that may never show them. Nor does it go on
 * chunks under 2 kB: the comment costs about 20 bytes gzip per file, and what V8 compiles lazily
 * in a file that small takes microseconds.
 */
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

export const compileHint = '//# allFunctionsCalledOnLoad';

/** The chunk holding a module whose path ends in `entry`, and every chunk it imports statically. */
function staticClosure(bundle: OutputBundle, entry: string): OutputChunk[] {
  const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
  const found = new Map<string, OutputChunk>();
  const visit = (chunk: OutputChunk | undefined): void => {
    if (!chunk || found.has(chunk.fileName)) return;
    found.set(chunk.fileName, chunk);
    for (const name of chunk.imports) visit(chunks.find((candidate) => candidate.fileName === name));
  };
  visit(chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(entry))));
  return [...found.values()];
}

/**
 * Puts the compile hint on the chunks that the modules named in `entries` (paths ending in, e.g.
 * `/src/report/define.ts`) load before they run. It is added to the finished files: the
 * minifier drops comments, and Rolldown's `postBanner` is not applied in Vite's library mode.
 * The file names' hashes are therefore those of the files without it; which files carry it
 * follows from the chunk graph, which the hashes do cover.
 */
export function compileHints(entries: readonly string[], { minBytes = 2048 } = {}): Plugin {
  return {
    name: 'xs2a-compile-hints',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const entry of entries) {
        for (const chunk of staticClosure(bundle, entry)) {
          if (chunk.code.length >= minBytes && !chunk.code.startsWith(compileHint)) chunk.code = `${compileHint}\n${chunk.code}`;
        }
      }
    },
  };
}
