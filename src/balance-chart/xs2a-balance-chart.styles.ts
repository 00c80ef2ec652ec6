import { css } from 'lit';
import { chartCardStyles } from '../styles/chart-card.js';
import { themeStyles } from '../styles/theme.js';
import { viewTableStyles } from '../styles/view-table.js';

export const balanceChartStyles = [
  themeStyles,
  chartCardStyles,
  viewTableStyles,
  css`
    :host {
      display: block;
      --_chart-height: var(--xs2a-chart-height, 10rem);
    }

    [part='readout'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 var(--_space);
      margin: 0 0 var(--_space);
    }

    .readout-balance {
      font-size: 1.25em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }

    .readout-date {
      color: var(--_color-text-muted);
    }

    [part='chart'] {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-rows: var(--_chart-height) auto;
      column-gap: var(--_space);
      row-gap: 0.25rem;
      /* Room between the axis labels and the focus ring, which otherwise touches them. */
      padding: 0.25rem;
      margin: -0.25rem;
      border-radius: var(--_radius);
      touch-action: pan-y;
    }

    /* The size of the donut's label: one small size across both charts. */
    [part~='axis'] {
      color: var(--_color-text-muted);
      font-size: 0.8125em;
      font-variant-numeric: tabular-nums;
      line-height: 1;
      white-space: nowrap;
    }

    .y-axis {
      display: flex;
      flex-direction: column;
      justify-content: space-between;
      align-items: flex-end;
    }

    .x-axis {
      grid-column: 2;
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
    }

    .plot {
      position: relative;
      min-width: 0;
      border-bottom: 1px solid var(--_color-border);
    }

    .plot svg {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      overflow: visible;
    }

    [part~='line'] {
      fill: none;
      stroke: var(--_color-accent);
      stroke-width: 2;
      stroke-linejoin: round;
      stroke-linecap: round;
    }

    [part~='area'] {
      fill: var(--_color-accent);
      fill-opacity: 0.14;
      stroke: none;
    }

    [part~='line'][part~='negative'] {
      stroke: var(--_color-negative);
    }

    [part~='area'][part~='negative'] {
      fill: var(--_color-negative);
      fill-opacity: 0.2;
    }

    [part='zero-line'] {
      stroke: var(--_color-text-muted);
      stroke-width: 1;
      stroke-dasharray: 4 3;
    }

    .cursor-line {
      stroke: var(--_color-text-muted);
      stroke-width: 1;
    }

    [part~='cursor'] {
      position: absolute;
      width: 0.625rem;
      height: 0.625rem;
      border: 2px solid var(--_color-surface);
      border-radius: 50%;
      background: var(--_color-accent);
      transform: translate(-50%, -50%);
      pointer-events: none;
    }

    [part~='cursor'][part~='negative'] {
      background: var(--_color-negative);
    }

    [part='table'] .balance {
      text-align: end;
      white-space: nowrap;
    }

    @container (max-width: 22rem) {
      [part='chart'] {
        grid-template-columns: minmax(0, 1fr);
      }
      .y-axis {
        grid-area: 1 / 1;
        align-items: flex-start;
        z-index: 1;
        pointer-events: none;
      }
      .y-axis span {
        padding: 0.125rem 0.25rem;
        border-radius: 0.25rem;
        background: color-mix(in srgb, var(--_color-surface) 85%, transparent);
      }
      .plot {
        grid-area: 1 / 1;
      }
      .x-axis {
        grid-column: 1;
      }
    }
  `,
];
