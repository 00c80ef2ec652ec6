/**
 * `/test/slow-image.svg?ms=3000` answers that late (1.5 s without `ms`, at most 20 s), with the
 * fixture icon: for tests of what an element shows while an image is still on its way.
 */
import { readFile } from 'node:fs/promises';

const icon = new URL('../../test/fixtures/icon.svg', import.meta.url);

export async function slowImage(context, next) {
  if (context.path !== '/test/slow-image.svg') return next();
  const delay = Math.min(Number(context.query.ms) || 1500, 20_000);
  await new Promise((resolve) => setTimeout(resolve, delay));
  context.type = 'image/svg+xml';
  context.set('Cache-Control', 'no-store');
  context.body = await readFile(icon);
}
