/**
 * The whitespace of Lit's `css` template literals, removed where CSS never reads it: the
 * indentation and line breaks of the source cost about 0.5 kB gzip in the CDN file. Only
 * whitespace next to `{`, `}` or `;` is dropped and comments are removed; every other run of
 * whitespace becomes one space, and quoted strings are copied as they are. Pure, so the tests
 * run it in the browser and compare the parsed style sheets.
 */

/** Whitespace beside these characters is never significant in CSS. */
const structural = new Set(['{', '}', ';']);
const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';

/**
 * Minifies one static part of a `css` literal. `atStart`/`atEnd`: the part begins or ends the
 * literal, so whitespace there goes; next to a `${…}` it stays as one space.
 */
export function minifyCss(text: string, { atStart = true, atEnd = true } = {}): string {
  let output = '';
  let space = false;
  let index = 0;
  const emit = (chunk: string): void => {
    const first = chunk[0] ?? '';
    const last = output.at(-1);
    if (space && !(output === '' && atStart) && !structural.has(first) && !(last !== undefined && structural.has(last))) {
      output += ' ';
    }
    space = false;
    output += chunk;
  };
  while (index < text.length) {
    const char = text.charAt(index);
    if (isSpace(char)) {
      space = true;
      index += 1;
    } else if (char === '/' && text[index + 1] === '*') {
      const close = text.indexOf('*/', index + 2);
      if (close < 0) throw new Error('unterminated comment in a css literal');
      space = true;
      index = close + 2;
    } else if (char === '"' || char === "'") {
      const end = stringEnd(text, index);
      emit(text.slice(index, end));
      index = end;
    } else if (char === '\\') {
      emit(text.slice(index, index + 2));
      index += 2;
    } else {
      emit(char);
      index += 1;
    }
  }
  const last = output.at(-1);
  if (space && !atEnd && !(output === '' && atStart) && !(last !== undefined && structural.has(last))) output += ' ';
  return output;
}

/** The index just past the string literal that starts at `start`. */
function stringEnd(source: string, start: number): number {
  const quote = source[start];
  for (let index = start + 1; index < source.length; index += 1) {
    if (source[index] === '\\') index += 1;
    else if (source[index] === quote) return index + 1;
  }
  throw new Error(`unterminated string at ${start}`);
}

/**
 * Walks a template literal from just after its opening backtick. Records the static parts as
 * `[start, end]` in `parts` (when given); returns the index just past the closing backtick.
 */
function scanTemplate(source: string, start: number, parts?: [number, number][]): number {
  let partStart = start;
  let index = start;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === '\\') {
      index += 2;
    } else if (char === '`') {
      parts?.push([partStart, index]);
      return index + 1;
    } else if (char === '$' && source[index + 1] === '{') {
      parts?.push([partStart, index]);
      index = scanExpression(source, index + 2);
      partStart = index;
    } else {
      index += 1;
    }
  }
  throw new Error(`unterminated template literal at ${start}`);
}

/** Walks a `${…}` expression from just after `${`; returns the index just past its `}`. */
function scanExpression(source: string, start: number): number {
  let depth = 0;
  let index = start;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === '`') {
      index = scanTemplate(source, index + 1);
    } else if (char === '"' || char === "'") {
      index = stringEnd(source, index);
    } else {
      if (char === '{') depth += 1;
      else if (char === '}' && depth-- === 0) return index + 1;
      index += 1;
    }
  }
  throw new Error(`unterminated template expression at ${start}`);
}

const cssTag = /(?<![\w$.])css`/g;

/**
 * The static parts of every `css` tagged literal in a module's source, with their minified text:
 * `{ start, end, text }`, in order. A source without one gives an empty list.
 */
export interface CssLiteralEdit {
  start: number;
  end: number;
  text: string;
}

export function cssLiteralEdits(source: string): CssLiteralEdit[] {
  const edits: CssLiteralEdit[] = [];
  let literalEnd = 0;
  for (const match of source.matchAll(cssTag)) {
    const open = match.index + match[0].length;
    // A literal inside an expression of the one before is left as it is.
    if (open < literalEnd) continue;
    const parts: [number, number][] = [];
    literalEnd = scanTemplate(source, open, parts);
    parts.forEach(([start, end], index) => {
      const original = source.slice(start, end);
      const text = minifyCss(original, { atStart: index === 0, atEnd: index === parts.length - 1 });
      if (text !== original) edits.push({ start, end, text });
    });
  }
  return edits;
}

/** A module's source with its `css` literals minified. */
export function minifyCssLiterals(source: string): string {
  let output = '';
  let from = 0;
  for (const { start, end, text } of cssLiteralEdits(source)) {
    output += source.slice(from, start) + text;
    from = end;
  }
  return output + source.slice(from);
}
