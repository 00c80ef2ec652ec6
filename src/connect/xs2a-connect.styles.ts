import { css } from 'lit';

/**
 * The shared tokens (src/styles/theme.ts) this button uses, with the same defaults, written out
 * instead of importing the whole theme: the button is the one element many pages load alone.
 * Dark defaults follow `prefers-color-scheme` unless the `theme` attribute fixes the scheme.
 */
export const styles = css`
  :host {
    --_accent: var(--xs2a-color-accent, #0b57d0);
    --_on-accent: var(--xs2a-color-on-accent, #fff);
    --_danger: var(--xs2a-color-danger, #b3261e);
    display: inline-block;
    font: var(--xs2a-font-size, 0.875rem) var(--xs2a-font-family, system-ui, sans-serif);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_accent: var(--xs2a-color-accent, #a8c7fa);
      --_on-accent: var(--xs2a-color-on-accent, #062e6f);
      --_danger: var(--xs2a-color-danger, #f2b8b5);
    }
  }
  :host([theme='dark']) {
    --_accent: var(--xs2a-color-accent, #a8c7fa);
    --_on-accent: var(--xs2a-color-on-accent, #062e6f);
    --_danger: var(--xs2a-color-danger, #f2b8b5);
  }
  :host([hidden]) {
    display: none;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    border: 0;
    border-radius: var(--xs2a-radius, 0.5rem);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--xs2a-color-focus, var(--_accent));
    outline-offset: 2px;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  /* A spinner while the element waits; the live region says what for. */
  [aria-busy='true']::before {
    content: '';
    width: 1em;
    height: 1em;
    border: 2px solid;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      rotate: 1turn;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [aria-busy='true']::before {
      animation-duration: 3s;
    }
  }
  [part='message'] {
    margin-inline-start: 0.75em;
  }
  :host([state='error']) [part='message'] {
    color: var(--_danger);
  }
  [role='status'] {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
