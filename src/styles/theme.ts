/**
 * The design tokens every element shares. Each public `--xs2a-*` custom property falls back to a
 * default for light and one for dark mode; elements read the private `--_*` copies. Dark mode
 * follows `prefers-color-scheme` unless the host element says `theme="light"` or `theme="dark"`.
 * A host that sets a token sets it for both modes (and may set it again in its own dark rules).
 */
import { css, unsafeCSS } from 'lit';

interface Token {
  name: string;
  light: string;
  dark: string;
}

/** Colours meet WCAG AA contrast on their own surface in both modes. */
const tokens: Token[] = [
  { name: 'color-accent', light: '#0b57d0', dark: '#a8c7fa' },
  { name: 'color-on-accent', light: '#ffffff', dark: '#062e6f' },
  { name: 'color-text', light: '#1f1f1f', dark: '#e3e3e3' },
  { name: 'color-text-muted', light: '#5e5e5e', dark: '#b4b4b4' },
  { name: 'color-surface', light: '#ffffff', dark: '#1b1b1f' },
  { name: 'color-surface-raised', light: '#f4f6fa', dark: '#26272c' },
  { name: 'color-border', light: '#d3d7de', dark: '#44464d' },
  { name: 'color-positive', light: '#146c2e', dark: '#6dd58c' },
  { name: 'color-negative', light: '#b3261e', dark: '#f2b8b5' },
  { name: 'color-focus', light: '#0b57d0', dark: '#a8c7fa' },
  { name: 'chart-color-1', light: '#0b57d0', dark: '#a8c7fa' },
  { name: 'chart-color-2', light: '#b3261e', dark: '#f2b8b5' },
  { name: 'chart-color-3', light: '#146c2e', dark: '#6dd58c' },
  { name: 'chart-color-4', light: '#8a4f00', dark: '#ffb870' },
  { name: 'chart-color-5', light: '#6b3fa0', dark: '#d0bcff' },
  { name: 'chart-color-6', light: '#00696f', dark: '#4fd8e0' },
  { name: 'chart-color-7', light: '#a0306e', dark: '#ffafd7' },
  { name: 'chart-color-8', light: '#5e5e5e', dark: '#b4b4b4' },
];

const sizes: [string, string][] = [
  ['font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'],
  ['font-size', '0.875rem'],
  ['radius', '0.5rem'],
  ['space', '0.5rem'],
];

/** The names of the public tokens, for documentation and tests. */
export const themeTokenNames = [...tokens.map((token) => `--xs2a-${token.name}`), ...sizes.map(([name]) => `--xs2a-${name}`)];

/** Number of chart colours; series beyond it cycle. */
export const chartColorCount = tokens.filter((token) => token.name.startsWith('chart-color-')).length;

const blocks = {
  light: tokens.map((token) => `--_${token.name}: var(--xs2a-${token.name}, ${token.light});`).join('\n'),
  dark: tokens.map((token) => `--_${token.name}: var(--xs2a-${token.name}, ${token.dark});`).join('\n'),
  sizes: sizes.map(([name, value]) => `--_${name}: var(--xs2a-${name}, ${value});`).join('\n'),
};

/** Built as text: the token blocks are generated from the table above. */
const tokenStyles = unsafeCSS(`
  :host {
    ${blocks.light}
    ${blocks.sizes}
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${blocks.dark}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${blocks.dark}
    color-scheme: dark;
  }
`);

export const themeStyles = [
  tokenStyles,
  css`
    :host {
      color: var(--_color-text);
      font-family: var(--_font-family);
      font-size: var(--_font-size);
    }
    :host([hidden]) {
      display: none !important;
    }
    :focus-visible {
      outline: 2px solid var(--_color-focus);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  `,
];
