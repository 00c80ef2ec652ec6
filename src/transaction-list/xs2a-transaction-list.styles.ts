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
      /* Secondary text is smaller than the name, but never below 12 px (0.75rem at the default
         root size, and more where the reader asked the browser for larger text): in a report's
         14 px base, 0.75em would be 10.5 px. */
      --_small-text: max(0.75rem, 0.8125em);
      --_smallest-text: max(0.75rem, 0.75em);
    }

    /* A size container: badges shrink to icons when the list, not the window, is narrow
       (a side panel on a wide screen is narrow too). */
    .frame {
      position: relative;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
      overflow: hidden;
      container: xs2a-list / inline-size;
    }

    /* An overflow would unpin the sticky header: the corners are clipped by a clip path instead. */
    :host([page-scroll]) .frame {
      overflow: visible;
      clip-path: inset(0 round var(--_radius));
    }

    /* Fixed sizes make the list and each row a layout boundary: rows replaced by a search
       lay out on their own, not with the page around them. */
    [part='list'] {
      display: block;
      position: relative;
      height: var(--xs2a-list-height, 28rem);
      overflow: auto;
      overscroll-behavior: contain;
      contain: strict;
    }

    :host([page-scroll]) [part='list'] {
      height: auto;
      overflow: visible;
      overscroll-behavior: auto;
      contain: none;
    }

    [part='list']:focus-visible {
      outline-offset: -2px;
    }

    /* The rows are placed by a transform at their offsets; the sizer gives the list their height. */
    [part='list'] > :not(.sizer) {
      position: absolute;
      top: 0;
      left: 0;
    }

    .sizer {
      width: 1px;
    }

    /* With page-scroll: the content above and below the rows in the DOM, watched for coming into
       view. Never a scroll anchor: they grow and shrink as the page scrolls, and the browser's
       scroll anchoring would scroll the page to follow them. */
    .undrawn {
      position: absolute;
      top: 0;
      left: 0;
      width: 1px;
      visibility: hidden;
      overflow-anchor: none;
    }

    /* What a row and a header measure, with the styles as the page sets them. */
    .probes {
      position: absolute;
      top: 0;
      left: 0;
      width: 1px;
      visibility: hidden;
      pointer-events: none;
    }

    .probe-row {
      height: var(--_row-height);
    }

    .probe-header {
      height: var(--_header-height);
    }

    /* The sticky header's anchor: a line at the top of the list, or with page-scroll at the
       top of the viewport while the list passes under it. The header hangs from it. */
    .sticky {
      position: absolute;
      inset: 0 0 auto 0;
      height: 0;
      z-index: 1;
    }

    :host([page-scroll]) .sticky {
      position: sticky;
      top: var(--xs2a-list-sticky-top, 0px);
    }

    [part='sticky-header'] {
      position: absolute;
      inset: 0 0 auto 0;
      pointer-events: none;
      will-change: transform;
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
      font-size: var(--_small-text);
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
      /* Scrolled into view below the pinned header, not under it. */
      scroll-margin-top: var(--_header-height);
    }

    :host([page-scroll]) [part~='row'] {
      scroll-margin-top: calc(var(--_header-height) + var(--xs2a-list-sticky-top, 0px));
    }

    [part~='row']:hover {
      background: var(--_color-surface-raised);
    }

    [part~='row'][aria-selected='true'] {
      background: color-mix(in srgb, var(--_color-accent) 10%, var(--_color-surface));
      box-shadow: inset 3px 0 0 var(--_color-accent);
    }

    [part~='row']:focus-visible {
      outline-offset: -2px;
    }

    [part='icon'] {
      position: relative;
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
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      object-fit: contain;
      opacity: 0;
    }

    [part='icon'] img[data-loaded] {
      opacity: 1;
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

    /* The name takes the room; badges and chips keep only theirs. */
    [part='name'] {
      flex: 0 1 auto;
      font-weight: 600;
    }

    [part='reference'] {
      color: var(--_color-text-muted);
      font-size: var(--_small-text);
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
      font-size: var(--_smallest-text);
      line-height: 1.5;
      background: var(--_color-surface-raised);
      border: 1px solid var(--_color-border);
    }

    [part~='badge'] {
      display: inline-flex;
      align-items: center;
      gap: 0.25em;
      color: var(--_color-text-muted);
    }

    .badge-icon {
      flex: none;
      width: 1.1em;
      height: 1.1em;
    }

    [part~='amount'] {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
      white-space: nowrap;
      text-align: end;
    }

    .amounts {
      display: grid;
      justify-items: end;
    }

    [part='running-balance'] {
      color: var(--_color-text-muted);
      font-size: var(--_smallest-text);
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    /* Only the amount of income is green, not its row. */
    [part~='amount'][part~='credit'] {
      color: var(--_color-positive);
    }

    [part~='row-pending'] [part~='amount'] {
      font-style: italic;
    }

    .empty {
      padding: calc(var(--_space) * 4);
      text-align: center;
      color: var(--_color-text-muted);
    }

    @container xs2a-list (max-width: 30rem) {
      [part~='row'] {
        grid-template-columns: 2rem minmax(0, 1fr) auto;
        padding: 0 var(--_space);
      }
      [part~='chip'] {
        display: none;
      }
      /* The badge becomes its icon; its word stays for screen readers. */
      [part~='badge'] {
        padding: 0.125em;
        border-radius: 50%;
      }
      .badge-text {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
  `,
];
