/**
 * The dialog's styles. They are adopted as a constructed stylesheet: a CSP's `style-src` does not
 * apply to it, unlike a `<style>` element, so the app runs on pages without `unsafe-inline`.
 */
import { el } from './dom.js';

const darkColors = '--bg: #1d1d24; --fg: #f1f1f5; --muted: #b4b4c0; --line: #4a4a57; --accent: #7aa7ff; --accent-ink: #0c0c10; --error: #ff8a8a;';

export const css = [
  ':host { all: initial; }',
  '.backdrop { position: fixed; inset: 0; z-index: 2147483000; display: grid; place-items: center; background: rgba(17, 17, 26, 0.55); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }',
  '.dialog { --bg: #ffffff; --fg: #17171c; --muted: #55555f; --line: #c9c9d1; --accent: #0b5fff; --accent-ink: #ffffff; --error: #b00020; box-sizing: border-box; width: min(420px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto; background: var(--bg); color: var(--fg); border-radius: 14px; box-shadow: 0 18px 60px rgba(0, 0, 0, 0.35); padding: 20px 22px 18px; }',
  `.dialog[data-appearance="dark"] { ${darkColors} }`,
  `@media (prefers-color-scheme: dark) { .dialog[data-appearance="auto"] { ${darkColors} } }`,
  'header { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin-bottom: 8px; }',
  'h2 { font-size: 18px; margin: 0; } h3 { font-size: 16px; margin: 8px 0 12px; }',
  '.badge { font-size: 12px; color: var(--muted); }',
  '.close { border: 0; background: transparent; color: var(--fg); font-size: 24px; line-height: 1; width: 40px; height: 40px; border-radius: 8px; cursor: pointer; }',
  'form { display: grid; gap: 6px; } label { font-weight: 600; margin-top: 6px; }',
  'input, select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 9px 10px; }',
  'input[aria-invalid="true"] { border-color: var(--error); }',
  'fieldset { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; } legend { font-weight: 600; }',
  '.option { display: flex; gap: 8px; align-items: center; padding: 6px 0; font-weight: 400; }',
  'button.primary { margin-top: 12px; font: inherit; font-weight: 600; color: var(--accent-ink); background: var(--accent); border: 0; border-radius: 8px; padding: 11px 14px; cursor: pointer; }',
  'button:disabled { opacity: 0.6; cursor: progress; }',
  ':focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }',
  '.hint { color: var(--muted); font-size: 13px; margin: 2px 0; } .error { color: var(--error); font-weight: 600; margin: 4px 0; }',
  '.status { min-height: 1.4em; color: var(--muted); margin: 10px 0 0; }',
  'details { font-size: 13px; color: var(--muted); margin-top: 8px; } a { color: var(--accent); }',
  '.spinner { width: 28px; height: 28px; border: 3px solid var(--line); border-top-color: var(--accent); border-radius: 50%; margin: 18px auto; animation: spin 0.9s linear infinite; }',
  '@keyframes spin { to { transform: rotate(360deg); } } @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }',
].join('\n');

/** Gives a shadow root the styles: one constructed sheet shared by every dialog, else a `<style>`. */
export function createStyler(): (root: ShadowRoot) => void {
  let sheet: CSSStyleSheet | undefined;
  return (root) => {
    // Browsers before constructable stylesheets (Safari < 16.4) lack one or the other.
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      }
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el('style', {}, [css]));
    }
  };
}
