import { css } from 'lit';
import { chartCardStyles } from '../styles/chart-card.js';
import { themeStyles } from '../styles/theme.js';
import { viewTableStyles } from '../styles/view-table.js';

export const cashFlowStyles = [
  themeStyles,
  chartCardStyles,
  viewTableStyles,
  css`
    :host {
      display: block;
      --_chart-height: var(--xs2a-chart-height, 10rem);
    }

    [part='legend'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0 calc(var(--_space) * 2);
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
      color: var(--_color-text-muted);
      font-size: 0.8125em;
    }

    [part='legend'] li {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
    }

    .swatch {
      display: inline-block;
      width: 0.75rem;
      height: 0.75rem;
      border-radius: 0.125rem;
    }

    .swatch.income {
      background: var(--_color-positive);
    }

    .swatch.spending {
      background: var(--_color-negative);
    }

    .swatch.net {
      height: 0;
      border-top: 2px solid var(--_color-text);
      border-radius: 0;
    }

    [part='readout'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 calc(var(--_space) * 1.5);
      margin: 0 0 var(--_space);
      font-variant-numeric: tabular-nums;
    }

    .readout-month {
      font-weight: 600;
    }

    [part='readout'] .label {
      color: var(--_color-text-muted);
    }

    [part='chart'] {
      display: grid;
      grid-template-rows: var(--_chart-height) auto;
      row-gap: 0.25rem;
      padding: 0.25rem;
      margin: -0.25rem;
      border-radius: var(--_radius);
    }

    .plot {
      position: relative;
      min-width: 0;
      cursor: pointer;
    }

    .plot svg {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      overflow: visible;
    }

    .band {
      fill: var(--_color-surface-raised);
    }

    [part='income-bar'] {
      fill: var(--_color-positive);
    }

    [part='spending-bar'] {
      fill: var(--_color-negative);
      fill-opacity: 0.85;
    }

    .zero-line {
      stroke: var(--_color-text-muted);
      stroke-width: 1;
    }

    [part~='net'] {
      stroke: var(--_color-text);
      stroke-width: 2;
    }

    [part~='net'][part~='negative'] {
      stroke: var(--_color-negative);
      stroke-width: 3;
      stroke-dasharray: 3 2;
    }

    .x-axis {
      display: flex;
      justify-content: space-between;
      gap: 0.125rem;
    }

    .x-axis.every {
      display: grid;
      grid-auto-columns: minmax(0, 1fr);
      grid-auto-flow: column;
      text-align: center;
    }

    [part='axis'] {
      overflow: hidden;
      color: var(--_color-text-muted);
      font-size: 0.8125em;
      line-height: 1;
      white-space: nowrap;
      text-overflow: clip;
    }

    [part='axis'].chosen {
      color: var(--_color-text);
      font-weight: 600;
    }

    [part='movers'] {
      margin-top: calc(var(--_space) * 1.5);
    }

    .movers-heading {
      margin: 0 0 0.25rem;
      font-size: 1em;
      font-weight: 600;
    }

    [part='movers'] p {
      margin: 0;
    }

    [part='movers'] ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    [part='movers'] li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 var(--_space);
      padding: 0.25rem 0;
      border-bottom: 1px solid var(--_color-border);
    }

    .change {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    .change.worse {
      color: var(--_color-negative);
    }

    .change.better {
      color: var(--_color-positive);
    }

    .arrow {
      font-size: 0.75em;
    }
  `,
];
