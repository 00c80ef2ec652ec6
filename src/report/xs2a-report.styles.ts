import { css } from 'lit';
import { themeStyles } from '../styles/theme.js';

export const reportStyles = [
  themeStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      /* Its own surface: in dark mode its light text must not land on a light page. */
      background: var(--_color-surface);
      color: var(--_color-text);
    }

    .report {
      display: grid;
      gap: calc(var(--_space) * 2);
    }

    [part='header'] {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--_space) calc(var(--_space) * 2);
    }

    .account h2 {
      margin: 0;
      font-size: 1.25em;
    }

    .account p {
      margin: 0.125rem 0 0;
      color: var(--_color-text-muted);
    }

    .iban {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
      font-variant-numeric: tabular-nums;
      font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    }

    button,
    select,
    input {
      font: inherit;
      color: inherit;
    }

    button,
    select,
    input {
      box-sizing: border-box;
      min-height: 2.25rem;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
      padding: 0 0.75em;
    }

    button {
      cursor: pointer;
    }

    button:hover {
      background: var(--_color-surface-raised);
    }

    button[aria-pressed='true'] {
      background: var(--_color-accent);
      border-color: var(--_color-accent);
      color: var(--_color-on-accent);
    }

    .link-button {
      min-height: auto;
      border: none;
      background: none;
      padding: 0;
      color: var(--_color-accent);
      text-decoration: underline;
    }

    .link-button:hover {
      background: none;
    }

    [part='summary'] {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: var(--_space);
      margin: 0;
    }

    [part='summary'] div {
      padding: calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      background: var(--_color-surface-raised);
    }

    [part='summary'] dt {
      color: var(--_color-text-muted);
      font-size: 0.8125em;
    }

    [part='summary'] dd {
      margin: 0.25rem 0 0;
      font-size: 1.25em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }

    .income {
      color: var(--_color-positive);
    }

    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: calc(var(--_space) * 2);
    }

    [part='status'] {
      padding: calc(var(--_space) * 4);
      text-align: center;
      color: var(--_color-text-muted);
      border: 1px dashed var(--_color-border);
      border-radius: var(--_radius);
    }

    [part='status'] p {
      margin: 0 0 var(--_space);
    }

    .error-detail {
      font-size: 0.8125em;
      overflow-wrap: anywhere;
    }

    @container (max-width: 36rem) {
      [part='summary'] {
        grid-template-columns: 1fr;
      }
    }
  `,
];
