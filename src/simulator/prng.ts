/**
 * Seeded randomness: the same seed always yields the same sessions, consumers and transactions,
 * so tests and screenshots are stable. `Math.random` is never used for data.
 */

/** FNV-1a: a string to a 32-bit seed. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough for fake bank data. Returns unsigned 32-bit integers. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const hex = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hexWord = (word: number): string =>
  (hex[word >>> 24] ?? '') + (hex[(word >>> 16) & 255] ?? '') + (hex[(word >>> 8) & 255] ?? '') + (hex[word & 255] ?? '');

const idAlphabet = '0123456789abcdefghijklmnopqrstuv';

export class Random {
  readonly #word: () => number;

  constructor(...keys: (string | number)[]) {
    this.#word = mulberry32(hashString(keys.join('|')));
  }

  /** A float in [0, 1). */
  next(): number {
    return this.#word() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly [T, ...T[]]): T {
    return items[Math.floor(this.next() * items.length)] ?? items[0];
  }

  /** Digits as a string, e.g. for account numbers. */
  digits(length: number): string {
    let out = '';
    // Up to nine digits per draw keeps 100,000 references cheap.
    while (out.length < length) {
      const chunk = Math.min(9, length - out.length);
      out += String(Math.floor(this.next() * 10 ** chunk)).padStart(chunk, '0');
    }
    return out;
  }

  /** Lower-case base32 characters, the look of Klarna's session and flow ids. */
  token(length: number): string {
    let out = '';
    for (let index = 0; index < length; index++) out += idAlphabet[Math.floor(this.next() * 32)] ?? '0';
    return out;
  }

  /** A version-4-shaped UUID, the look of Insights ids. */
  uuid(): string {
    const a = hexWord(this.#word());
    const b = hexWord(this.#word());
    const c = hexWord(((this.#word() & 0x3fffffff) | 0x80000000) >>> 0);
    const d = hexWord(this.#word());
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
  }
}
