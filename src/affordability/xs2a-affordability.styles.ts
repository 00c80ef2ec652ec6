import { css } from 'lit';
import { chartCardStyles } from '../styles/chart-card.js';
import { themeStyles } from '../styles/theme.js';

export const affordabilityStyles = [
  themeStyles,
  chartCardStyles,
  css`
    :host {
      display: block;
    }

    .summary + .summary {
      margin-top: calc(var(--_space) * 2);
    }

    [part='figures'] {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      gap: calc(var(--_space) * 1.5);
      margin: 0;
    }

    [part='figure'] {
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
    }

    [part='figure'] dt {
      font-weight: 600;
    }

    [part='figure'] dd {
      margin: 0;
    }

    [part~='value'] {
      margin: 0.125rem 0;
      font-size: 1.25em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }

    [part~='value'][part~='negative'] {
      color: var(--_color-negative);
    }

    .detail,
    [part='definition'] {
      color: var(--_color-text-muted);
      font-size: 0.8125em;
    }

    [part='definition'] {
      margin-top: 0.25rem;
      font-style: italic;
    }
  `,
];
