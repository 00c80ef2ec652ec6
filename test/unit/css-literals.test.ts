import { expect } from 'chai';
import { minifyCss, minifyCssLiterals } from '../../scripts/build/css-literals.js';

describe('minifyCss', () => {
  it('drops the indentation and line breaks beside braces, semicolons and commas, and after colons', () => {
    expect(minifyCss('\n  :host {\n    display: block;\n    color: red;\n  }\n')).to.equal(':host{display:block;color:red}');
    expect(minifyCss('@media (min-width: 30rem) and (max-width: 50rem) {\n  a { b: c; }\n}')).to.equal(
      '@media (min-width:30rem) and (max-width:50rem){a{b:c}}',
    );
    expect(minifyCss('a,\n b { font-family: x , y; }')).to.equal('a,b{font-family:x,y}');
  });

  it('drops only the semicolon that ends a block, not the braces of the blocks around it', () => {
    expect(minifyCss('@media print {\n  a { b: c; }\n}\nd { e: f; }')).to.equal('@media print{a{b:c}}d{e:f}');
    expect(minifyCss('a { content: \\; }')).to.equal('a{content:\\;}');
  });

  it('keeps the spaces of custom property values and of function arguments', () => {
    // Both are kept as their tokens (a value with var() until substitution), spaces and all.
    expect(minifyCss(':host {\n  --_a: var(--b, #fff);\n  color: var(--c, red);\n}')).to.equal(':host{--_a: var(--b, #fff);color:var(--c, red)}');
    expect(minifyCss('a { --x: 1, 2; b: c, d; }')).to.equal('a{--x: 1, 2;b:c,d}');
  });

  it('keeps one space wherever whitespace may mean something', () => {
    // "a :hover" (any hovered descendant) is not "a:hover"; "and (" is not the function "and(".
    expect(minifyCss('a  :hover,\n  b\t>\n c {}')).to.equal('a :hover,b > c{}');
    expect(minifyCss('x { margin: 0  auto; width: calc(100%  -  1px) }')).to.equal('x{margin:0 auto;width:calc(100% - 1px)}');
  });

  it('copies quoted strings as they are and removes comments', () => {
    expect(minifyCss("a::before { content: '  two  spaces  ;  { } ' }")).to.equal("a::before{content:'  two  spaces  ;  { } '}");
    expect(minifyCss('[title="a  b \\" c"] {}')).to.equal('[title="a  b \\" c"]{}');
    expect(minifyCss('a /* one */ b {\n  /* two */\n  c: d;\n}')).to.equal('a b{c:d}');
  });

  it('keeps one space at an edge that meets an interpolation', () => {
    expect(minifyCss('\n  a {\n', { atStart: true, atEnd: false })).to.equal('a{');
    expect(minifyCss(' b ', { atStart: false, atEnd: false })).to.equal(' b ');
    expect(minifyCss('  ', { atStart: false, atEnd: false })).to.equal(' ');
  });

  it('refuses unterminated comments and strings', () => {
    expect(() => minifyCss('a { /* b }')).to.throw(/unterminated comment/);
    expect(() => minifyCss("a { content: 'b }")).to.throw(/unterminated string/);
  });
});

describe('minifyCssLiterals', () => {
  it('minifies the static parts of css literals and nothing else', () => {
    const source = [
      'const a = css`\n  :host {\n    display: block;\n  }\n`;',
      'const b = html`\n  <p>  two  </p>\n`;',
      'const c = mycss`\n  x { }\n`;',
      'const d = theme.css`\n  x { }\n`;',
      "const e = '  css`  {  }  `';",
    ].join('\n');
    expect(minifyCssLiterals(source)).to.equal(
      [
        'const a = css`:host{display:block}`;',
        'const b = html`\n  <p>  two  </p>\n`;',
        'const c = mycss`\n  x { }\n`;',
        'const d = theme.css`\n  x { }\n`;',
        // Inside a string the scanner cannot tell, but the text is still minified as CSS would be.
        "const e = '  css`{}`';",
      ].join('\n'),
    );
  });

  it('leaves interpolations, with their nested literals, strings and braces, untouched', () => {
    const source =
      'css`\n  ${unsafeCSS(`[data-x=\'${{ a: 1 }.a}\'] {  }`)}\n  a {\n    b: ${"}"};\n  }\n  ${x}  ${y}\n`';
    expect(minifyCssLiterals(source)).to.equal('css`${unsafeCSS(`[data-x=\'${{ a: 1 }.a}\'] {  }`)} a{b:${"}"}}${x} ${y}`');
  });

  it('keeps escapes and returns a source without css literals as it is', () => {
    expect(minifyCssLiterals('css`\n  a::after {\n    content: "\\`";\n  }\n`')).to.equal('css`a::after{content:"\\`"}`');
    const plain = 'export const x = `\n  a {  }\n`;\n';
    expect(minifyCssLiterals(plain)).to.equal(plain);
  });

  it('refuses a literal it cannot read to its end', () => {
    expect(() => minifyCssLiterals('css`\n  a { b: c; }\n')).to.throw(/unterminated template literal/);
    expect(() => minifyCssLiterals('css`${ a ')).to.throw(/unterminated template expression/);
  });
});
