import { css } from 'lit';
import { themeStyles } from '../styles/theme.js';

export const reportStyles = [
  themeStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      box-sizing: border-box;
      /* Its own surface: in dark mode its light text must not land on a light page, nor touch the surface's edge. */
      background: var(--_color-surface);
      color: var(--_color-text);
      padding: var(--xs2a-report-padding, 1rem);
      border-radius: var(--_radius);
      /* Labels, captions, counts and chips: 12 px beside the theme's 14 px, and never below 12 px. */
      --_font-size-small: max(0.75rem, calc(var(--_font-size) * 6 / 7));
    }

    :host([hidden]) {
      display: none;
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
      flex-wrap: wrap;
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
      font-size: var(--_font-size-small);
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

    /* An IBAN breaks between its groups of four, never inside one. */
    .iban > span {
      white-space: nowrap;
    }

    /* ---- header balance -------------------------------------------------------------- */

    [part='balance'] {
      display: grid;
      justify-items: end;
      margin: 0;
      text-align: end;
    }

    .balance-label {
      color: var(--_color-text-muted);
      font-size: var(--_font-size-small);
    }

    .balance-amount {
      font-size: 1.5em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    /* ---- states: loading, no report yet, no match, error ------------------------------ */

    [part~='status'] {
      padding: calc(var(--_space) * 4) calc(var(--_space) * 2);
      text-align: center;
      color: var(--_color-text-muted);
      border: 1px dashed var(--_color-border);
      border-radius: var(--_radius);
    }

    [part~='status'] p {
      margin: 0 0 var(--_space);
    }

    [part~='status'] p:last-child {
      margin-bottom: 0;
    }

    .status-title {
      color: var(--_color-text);
      font-weight: 600;
    }

    [part~='error'] {
      border-style: solid;
      border-color: var(--_color-negative);
    }

    [part~='error'] button {
      margin-top: var(--_space);
      color: var(--_color-text);
    }

    [part~='loading'] {
      padding: 0;
      border: none;
      text-align: start;
    }

    .skeleton-header,
    .skeleton-rows {
      display: grid;
      gap: var(--_space);
    }

    .skeleton-cards {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: var(--_space);
      margin: calc(var(--_space) * 2) 0;
    }

    .skeleton-row {
      display: grid;
      grid-template-columns: 2.25rem minmax(0, 1fr) 5rem;
      align-items: center;
      gap: calc(var(--_space) * 1.5);
      min-height: 3rem;
    }

    .bone {
      display: block;
      height: 0.875rem;
      border-radius: var(--_radius);
      background: linear-gradient(90deg, var(--_color-surface-raised) 0%, var(--_color-border) 50%, var(--_color-surface-raised) 100%) 0 0 / 200% 100%;
      animation: xs2a-shimmer 1.4s linear infinite;
    }

    .bone-title {
      width: 40%;
      height: 1.25rem;
    }

    .bone-line {
      width: 60%;
    }

    .bone-card {
      height: 4rem;
    }

    /* Names differ in length; bars of one length read as a table, not a list of payments. */
    .bone-text {
      width: min(100%, 22rem);
    }

    .skeleton-row:nth-child(3n + 2) .bone-text {
      width: min(70%, 16rem);
    }

    .skeleton-row:nth-child(3n) .bone-text {
      width: min(85%, 19rem);
    }

    .bone-amount {
      justify-self: end;
      width: 4.5rem;
    }

    .bone-icon {
      width: 2.25rem;
      height: 2.25rem;
      border-radius: 50%;
    }

    @keyframes xs2a-shimmer {
      from {
        background-position: 100% 0;
      }
      to {
        background-position: -100% 0;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      .bone {
        animation: none;
      }
    }

    /* ---- the list and the detail beside it --------------------------------------------- */

    .body {
      display: grid;
      gap: calc(var(--_space) * 2);
      min-width: 0;
    }

    .body.with-panel {
      grid-template-columns: minmax(0, 1fr) minmax(20rem, 24rem);
      align-items: start;
    }

    [part='detail-panel'] {
      position: sticky;
      top: var(--_space);
      max-height: calc(100vh - var(--_space) * 2);
      overflow: auto;
    }

    [part='detail-sheet'] {
      box-sizing: border-box;
      width: 100%;
      max-width: 40rem;
      max-height: 85vh;
      margin: auto auto 0;
      padding: 0;
      border: none;
      border-radius: var(--_radius) var(--_radius) 0 0;
      background: var(--_color-surface);
      color: var(--_color-text);
      overflow: auto;
    }

    [part='detail-sheet']::backdrop {
      background: rgb(0 0 0 / 45%);
    }

    /* ---- phone: the page scrolls the list, right after a compact header and summary --- */

    .compact {
      gap: calc(var(--_space) * 1.5);
    }

    /* Three short lines, label and amount side by side: three cards would cut or wrap the amounts. */
    .compact [part='summary'] {
      grid-template-columns: 1fr;
      gap: 0;
      border-radius: var(--_radius);
      background: var(--_color-surface-raised);
    }

    .compact [part='summary'] div {
      display: flex;
      align-items: baseline;
      justify-content: space-between;
      gap: var(--_space);
      padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
      background: none;
    }

    .compact [part='summary'] dd {
      margin: 0;
      font-size: 1em;
    }

    .compact [part='balance'] {
      justify-items: start;
      text-align: start;
    }

    .compact .balance-amount {
      font-size: 1.25em;
    }

    @container (max-width: 36rem) {
      [part='summary'] {
        grid-template-columns: 1fr;
      }
    }
  `,
];
