import { css } from 'lit';
import { chartCardStyles } from '../styles/chart-card.js';
import { themeStyles } from '../styles/theme.js';
import { viewTableStyles } from '../styles/view-table.js';

export const commitmentsStyles = [
  themeStyles,
  chartCardStyles,
  viewTableStyles,
  css`
    :host {
      display: block;
    }

    [part='totals'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 3);
      margin: 0 0 var(--_space);
    }

    [part='totals'] dt {
      color: var(--_color-text-muted);
      font-size: 0.8125em;
    }

    [part='totals'] dd {
      margin: 0;
      font-size: 1.25em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }

    .income {
      color: var(--_color-positive);
    }

    .table-wrap {
      max-height: var(--xs2a-commitments-table-height, 24rem);
    }

    [part='table'] caption {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    [part='table'] td,
    [part='table'] th {
      white-space: nowrap;
    }

    [part='table'] tbody th {
      white-space: normal;
      min-width: 8rem;
    }

    .cadence-under-name {
      display: none;
    }

    /*
     * On a phone the table fits without scrolling sideways: the cadence moves under the name
     * (where a screen reader reads it with the name), the last date goes, and the cells wrap.
     */
    @container (max-width: 32rem) {
      [part='table'] th,
      [part='table'] td {
        padding: 0.375rem;
        white-space: normal;
      }
      /* The header "Typical amount" wraps, so that the names get the width. */
      [part='table'] thead .amount {
        white-space: normal;
      }
      /* A name breaks between words; inside one only when that word alone is wider than the table can give it. */
      [part='table'] tbody th {
        min-width: 0;
        overflow-wrap: break-word;
      }
      [part='table'] .cadence,
      [part='table'] .last {
        display: none;
      }
      .cadence-under-name {
        display: block;
        color: var(--_color-text-muted);
        font-size: max(12px, 0.8125em);
      }
    }

    [part~='ended'] {
      color: var(--_color-text-muted);
    }

    [part~='ended'] .income {
      color: inherit;
    }
  `,
];
