import { css, unsafeCSS } from 'lit';
import { chartColorCount, themeStyles } from '../styles/theme.js';

const avatarColors = unsafeCSS(
  Array.from({ length: chartColorCount }, (_, index) => `[data-color='${index + 1}'] { background: var(--_chart-color-${index + 1}); }`).join('\n'),
);

export const transactionDetailStyles = [
  themeStyles,
  avatarColors,
  css`
    :host {
      display: block;
    }

    /* A size container: label and value side by side where there is room, stacked in a sheet. */
    [part='base'] {
      container: xs2a-detail / inline-size;
      box-sizing: border-box;
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
    }

    [part='header'] {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      align-items: center;
      gap: calc(var(--_space) * 1.5);
    }

    [part='icon'] {
      display: grid;
      place-items: center;
      width: 2.5rem;
      height: 2.5rem;
      border-radius: 50%;
      overflow: hidden;
      font-weight: 600;
      color: var(--_color-surface);
    }

    [part='icon'] > * {
      grid-area: 1 / 1;
    }

    [part='icon'] img {
      width: 100%;
      height: 100%;
      object-fit: contain;
      opacity: 0;
    }

    [part='icon'] img[data-loaded] {
      opacity: 1;
      background: #fff;
    }

    [part='heading'] {
      justify-self: start;
      margin: 0;
      font-size: 1.125em;
      font-weight: 600;
      overflow-wrap: anywhere;
    }

    [part='heading']:focus {
      outline: none;
    }

    [part='heading']:focus-visible {
      outline: 2px solid var(--_color-focus);
      outline-offset: 2px;
    }

    [part='close-button'] {
      display: grid;
      place-items: center;
      width: 2.75rem;
      height: 2.75rem;
      margin: calc(var(--_space) * -0.75);
      padding: 0;
      border: 0;
      border-radius: 50%;
      background: transparent;
      color: var(--_color-text);
      cursor: pointer;
    }

    [part='close-button']:hover {
      background: var(--_color-surface-raised);
    }

    [part='close-button'] svg {
      width: 1.125rem;
      height: 1.125rem;
    }

    [part~='amount'] {
      margin: calc(var(--_space) * 2) 0 0;
      font-size: 1.75em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }

    [part~='amount'][part~='credit'] {
      color: var(--_color-positive);
    }

    [part='date'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      margin: calc(var(--_space) * 0.5) 0 0;
      color: var(--_color-text-muted);
    }

    [part~='badge'],
    [part='chip'] {
      padding: 0 0.5em;
      border: 1px solid var(--_color-border);
      border-radius: 999px;
      background: var(--_color-surface-raised);
      font-size: 0.8125em;
      line-height: 1.6;
      white-space: nowrap;
    }

    [part='chip'] {
      color: var(--_color-text);
    }

    [part='fields'] {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      margin: calc(var(--_space) * 2) 0 0;
      padding: calc(var(--_space) * 2) 0 0;
      border-top: 1px solid var(--_color-border);
    }

    [part='field'] {
      display: grid;
      grid-template-columns: minmax(7rem, 35%) minmax(0, 1fr);
      gap: var(--_space);
    }

    dt {
      color: var(--_color-text-muted);
    }

    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }

    .stack {
      display: grid;
      gap: 0.25rem;
    }

    .chips {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .chips,
    .iban-line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.5);
    }

    [part='iban'] {
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.02em;
    }

    [part='iban-toggle'] {
      padding: 0.125rem 0.25rem;
      border: 0;
      background: none;
      color: var(--_color-accent);
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }

    [part='link'] {
      color: var(--_color-accent);
    }

    [part='empty'] {
      margin: 0;
      color: var(--_color-text-muted);
      text-align: center;
    }

    @container xs2a-detail (max-width: 22rem) {
      [part='field'] {
        grid-template-columns: minmax(0, 1fr);
        gap: 0.125rem;
      }
    }
  `,
];
