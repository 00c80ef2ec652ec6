/** The coloured initial shown when a transaction has no brand icon (or it fails to load). */
import { chartColorCount } from '../styles/theme.js';

export function initialOf(name: string): string {
  const letter = /\p{L}|\p{N}/u.exec(name)?.[0];
  return letter ? letter.toLocaleUpperCase() : '?';
}

/** A stable colour slot (1-based chart colour) for a name. */
export function colorSlotOf(name: string): number {
  let hash = 0;
  for (let index = 0; index < name.length; index += 1) hash = (hash * 31 + name.charCodeAt(index)) | 0;
  return (Math.abs(hash) % chartColorCount) + 1;
}
