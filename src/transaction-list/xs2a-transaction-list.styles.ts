import { css, unsafeCSS } from 'lit';
import { chartColorCount, themeStyles } from '../styles/theme.js';

const avatarColors = unsafeCSS(
  Array.from({ length: chartColorCount }, (_, index) => `[data-color='${index + 1}'] { background: var(--_chart-color-${index + 1}); }`).join('\n'),
);

export const transactionListStyles = [
  themeStyles,
  avatarColors,
  css`
    :host {
      display: block;
      position: relative;
      --_row-height: var(--xs2a-list-row-height, 3.5rem);
      --_header-height: var(--xs2a-list-header-height, 2rem);
    }

    .frame {
      position: relative;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
      overflow: hidden;
    }

    /* Fixed sizes make the list and each row a layout boundary: rows replaced by a search
       lay out on their own, not with the page around them. */
    [part='list'] {
      display: block;
      height: var(--xs2a-list-height, 28rem);
      overflow: auto;
      overscroll-behavior: contain;
      contain: strict;
    }

    [part='list']:focus-visible {
      outline-offset: -2px;
    }

    [part='sticky-header'] {
      position: absolute;
      inset: 0 0 auto 0;
      z-index: 1;
      pointer-events: none;
    }

    .group,
    [part='sticky-header'] {
      box-sizing: border-box;
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
      width: 100%;
      height: var(--_header-height);
      contain: strict;
      padding: 0 calc(var(--_space) * 2);
      background: var(--_color-surface-raised);
      color: var(--_color-text-muted);
      font-size: 0.8125em;
      font-weight: 600;
      border-bottom: 1px solid var(--_color-border);
    }

    [part~='row'] {
      box-sizing: border-box;
      display: grid;
      grid-template-columns: 2.25rem minmax(0, 1fr) auto;
      align-items: center;
      gap: 0 calc(var(--_space) * 1.5);
      width: 100%;
      height: var(--_row-height);
      contain: strict;
      padding: 0 calc(var(--_space) * 2);
      border-bottom: 1px solid var(--_color-border);
      cursor: pointer;
      overflow: hidden;
    }

    [part~='row']:hover {
      background: var(--_color-surface-raised);
    }

    [part~='row']:focus-visible {
      outline-offset: -2px;
    }

    [part='icon'] {
      display: grid;
      place-items: center;
      width: 2.25rem;
      height: 2.25rem;
      border-radius: 50%;
      overflow: hidden;
      font-weight: 600;
      color: var(--_color-surface);
    }

    [part='icon'] img {
      width: 100%;
      height: 100%;
      object-fit: contain;
      background: #fff;
    }

    .text {
      min-width: 0;
      display: grid;
      gap: 0.125rem;
    }

    .line {
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 0.75);
      min-width: 0;
    }

    [part='name'],
    [part='reference'] {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      min-width: 0;
    }

    [part='name'] {
      font-weight: 600;
    }

    [part='reference'] {
      color: var(--_color-text-muted);
      font-size: 0.8125em;
    }

    [part~='chip'],
    [part~='badge'] {
      flex: none;
      max-width: 9rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      padding: 0 0.5em;
      border-radius: 999px;
      font-size: 0.75em;
      line-height: 1.5;
      background: var(--_color-surface-raised);
      border: 1px solid var(--_color-border);
    }

    [part~='badge'] {
      color: var(--_color-text-muted);
    }

    [part~='amount'] {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
      white-space: nowrap;
      text-align: end;
    }

    [part~='credit'] {
      color: var(--_color-positive);
    }

    [part~='pending'] [part~='amount'] {
      font-style: italic;
    }

    .empty {
      padding: calc(var(--_space) * 4);
      text-align: center;
      color: var(--_color-text-muted);
    }

    @media (max-width: 30rem) {
      [part~='row'] {
        grid-template-columns: 2rem minmax(0, 1fr) auto;
        padding: 0 var(--_space);
      }
      [part~='chip'] {
        display: none;
      }
    }
  `,
];
