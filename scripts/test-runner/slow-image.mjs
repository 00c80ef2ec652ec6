/**
 * `/test/slow-image.svg` answers a second and a half late, with the fixture icon: for tests of
 * what an element shows while an image is still on its way.
 */
import { readFile } from 'node:fs/promises';

const icon = new URL('../../test/fixtures/icon.svg', import.meta.url);

export async function slowImage(context, next) {
  if (context.path !== '/test/slow-image.svg') return next();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  context.type = 'image/svg+xml';
  context.set('Cache-Control', 'no-store');
  context.body = await readFile(icon);
}
