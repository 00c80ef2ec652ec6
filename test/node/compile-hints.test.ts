/**
 * The CDN build's compile hints: V8 compiles eagerly only what the report runs for its first
 * rows. The hint must head each such file (V8 reads it at the top), and must not go on a chunk
 * the report loads on demand, nor on the button's own code, which a report page never runs.
 */
import { expect } from 'chai';
import type { OutputChunk, RolldownOutput } from 'rolldown';
import { build } from 'vite';
import { compileHint } from '../../scripts/build/compile-hints.js';

const holding = (chunks: OutputChunk[], module: string): OutputChunk => {
  const chunk = chunks.find((candidate) => candidate.moduleIds.some((id) => id.endsWith(module)));
  if (!chunk) throw new Error(`no chunk holds ${module}`);
  return chunk;
};
const hinted = (chunk: OutputChunk): boolean => chunk.code.startsWith(`${compileHint}\n`);

describe('compile hints in the CDN build', function () {
  this.timeout(60_000);
  let chunks: OutputChunk[] = [];
  before(async () => {
    const [output] = [await build({ mode: 'cdn', logLevel: 'silent', build: { write: false } })].flat() as RolldownOutput[];
    chunks = output!.output.filter((file): file is OutputChunk => file.type === 'chunk');
  });

  it('head the chunks the report needs for its first rows', () => {
    for (const module of ['/src/report/xs2a-report.ts', '/src/transaction-list/xs2a-transaction-list.ts', '/lit-html/lit-html.js', '/src/model/normalize-report.ts', '/src/format/date.ts']) {
      expect(hinted(holding(chunks, module)), module).to.equal(true);
    }
  });

  it('leave out what loads on demand or belongs to another element', () => {
    for (const module of ['/src/cash-flow/xs2a-cash-flow.ts', '/src/transaction-detail/xs2a-transaction-detail.ts', '/src/connect/xs2a-connect.ts', '/src/i18n/de.ts', '/src/cdn.ts']) {
      expect(hinted(holding(chunks, module)), module).to.equal(false);
    }
    expect(chunks.filter((chunk) => chunk.code.includes(compileHint) && !hinted(chunk)).map((chunk) => chunk.fileName), 'a hint not at the top').to.deep.equal([]);
  });
});
