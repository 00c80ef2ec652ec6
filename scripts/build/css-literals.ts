/**
 * The whitespace of Lit's `css` template literals, removed where CSS never reads it: the
 * indentation and line breaks of the source cost about 0.5 kB gzip in the CDN file. Whitespace
 * next to `{`, `}`, `;` or `,` and after a `:` is dropped (`a :hover` keeps the space before its
 * colon, a descendant's), so are comments and the `;` that ends a block's last declaration; every
 * other run of whitespace becomes one space, and quoted strings are copied as they are. Pure, so
 * the tests run it in the browser and compare the parsed style sheets.
 */

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';

/**
 * Minifies one static part of a `css` literal. `atStart`/`atEnd`: the part begins or ends the
 * literal, so whitespace there goes; next to a `${…}` it stays as one space.
 */
export function minifyCss(text: string, { atStart = true, atEnd = true } = {}): string {
  let output = '';
  let space = false;
  let index = 0;
  /** Where the last plain `;` was written: one that a `}` then follows is dropped. */
  let semicolonAt = -1;
  /**
   * Inside a custom property's declaration, whose value keeps its spaces as written (`var(--a, b)`
   * is not `var(--a,b)` to `getPropertyValue`): only the whitespace beside `{`, `}` and `;` goes.
   */
  let custom = false;
  /**
   * How deep in parentheses: a value with `var()` is kept as its tokens, spaces and all, until
   * the variable is substituted, so the commas of functions keep their spaces.
   */
  let depth = 0;
  const dropsSpace = (char: string | undefined, after: boolean): boolean =>
    char === '{' || char === '}' || char === ';' || (!custom && ((char === ',' && depth === 0) || (after && char === ':')));
  const emit = (chunk: string, plain = false): void => {
    const last = output.at(-1);
    if (plain && chunk === '-' && text[index + 1] === '-' && (last === undefined || last === '{' || last === ';')) custom = true;
    if (space && !(output === '' && atStart) && !dropsSpace(chunk[0], false) && !dropsSpace(last, true)) output += ' ';
    space = false;
    if (plain && chunk === '}' && semicolonAt === output.length - 1) output = output.slice(0, -1);
    semicolonAt = plain && chunk === ';' ? output.length : -1;
    if (plain && (chunk === ';' || chunk === '{' || chunk === '}')) custom = false;
    if (plain && chunk === '(') depth += 1;
    if (plain && chunk === ')') depth = Math.max(0, depth - 1);
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
      emit(char, true);
      index += 1;
    }
  }
  if (space && !atEnd && !(output === '' && atStart) && !dropsSpace(output.at(-1), true)) output += ' ';
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
