/** The "Show as table" toggle and the tables of the charts and views: balance, cash flow, commitments, affordability. */
import { css } from 'lit';

export const viewTableStyles = css`
  [part='table-toggle'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    margin-top: calc(var(--_space) * 1.5);
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_color-accent);
    font: inherit;
    cursor: pointer;
  }

  [part='table-toggle']:hover {
    background: var(--_color-surface-raised);
  }

  .chevron {
    display: inline-block;
    width: 0.4rem;
    height: 0.4rem;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform 120ms ease-out;
  }

  [aria-expanded='true'] .chevron {
    transform: translateY(25%) rotate(-135deg);
  }

  .table-wrap {
    max-height: var(--xs2a-chart-table-height, 18rem);
    margin-top: var(--_space);
    overflow: auto;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  [part='table'] {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  [part='table'] caption {
    padding: 0.375rem 0.75rem;
    color: var(--_color-text-muted);
    text-align: start;
  }

  [part='table'] th,
  [part='table'] td {
    padding: 0.375rem 0.75rem;
    border-bottom: 1px solid var(--_color-border);
    text-align: start;
  }

  [part='table'] thead th {
    position: sticky;
    top: 0;
    background: var(--_color-surface-raised);
    font-weight: 600;
  }

  [part='table'] tbody th {
    font-weight: normal;
  }

  [part='table'] .amount {
    text-align: end;
    white-space: nowrap;
  }

  .negative {
    color: var(--_color-negative);
  }

  .muted {
    color: var(--_color-text-muted);
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
`;
