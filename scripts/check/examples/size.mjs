/**
 * The gzip size a built app's JavaScript owes to xs2a-elements and its dependencies (lit, @lit/*,
 * @lit-labs/*, zod): each output byte is attributed to its source through the build's source
 * maps, the bytes from those packages are joined and gzipped. An estimate (gzip of the pieces
 * together, not the difference of two builds), comparable between frameworks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const fromPackage = /node_modules\/(xs2a-elements|lit|lit-html|lit-element|@lit|@lit-labs|zod)\//;
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one segment's base64 VLQ fields. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = alphabet.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * The text of `code` whose mapped source is one of the package's files. An indexed map's section
 * starts at `offset` (Turbopack writes those).
 */
function packageText(code, map, offset = { line: 0, column: 0 }) {
  const ownSources = map.sources.map((source) => fromPackage.test(source));
  const lines = code.split('\n').slice(offset.line);
  let sourceIndex = 0;
  let text = '';
  map.mappings.split(';').forEach((lineMappings, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = lineIndex === 0 ? offset.column : 0;
    const segments = lineMappings ? lineMappings.split(',').map(decodeSegment) : [];
    const starts = segments.map((fields) => {
      column += fields[0];
      if (fields.length > 1) sourceIndex += fields[1];
      return { column, own: fields.length > 1 && ownSources[sourceIndex] };
    });
    starts.forEach((start, index) => {
      if (start.own) text += line.slice(start.column, starts[index + 1]?.column ?? line.length);
    });
  });
  return text;
}

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return /\.m?js$/.test(name) ? [path] : [];
  });
}

/** `{ total, added }` in gzip bytes over every `.js` file below `dir` that has a source map. */
export function measureApp(dir) {
  let all = '';
  let own = '';
  for (const file of jsFiles(dir)) {
    const code = readFileSync(file, 'utf8');
    all += code;
    // Turbopack names a chunk's map by its own hash: follow the chunk's sourceMappingURL comment.
    const mapName = /\/\/# sourceMappingURL=(\S+\.map)\s*$/.exec(code)?.[1];
    let map;
    try {
      map = JSON.parse(readFileSync(mapName ? join(dirname(file), mapName) : `${file}.map`, 'utf8'));
    } catch {
      continue;
    }
    if (map.sections) for (const section of map.sections) own += packageText(code, section.map, section.offset);
    else own += packageText(code, map);
  }
  return { total: gzipSync(all).length, added: gzipSync(own).length };
}
