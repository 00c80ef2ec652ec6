import { css, unsafeCSS } from 'lit';
import { chartCardStyles } from '../styles/chart-card.js';
import { chartColorCount, themeStyles } from '../styles/theme.js';

const swatchColors = unsafeCSS(
  Array.from({ length: chartColorCount }, (_, index) => `[data-color='${index + 1}'] { --_swatch: var(--_chart-color-${index + 1}); }`).join('\n'),
);

export const categoryChartStyles = [
  themeStyles,
  chartCardStyles,
  swatchColors,
  css`
    :host {
      display: block;
      --_chart-size: var(--xs2a-chart-size, 10rem);
    }

    [part='heading'] {
      margin-bottom: calc(var(--_space) * 1.5);
    }

    .body {
      display: grid;
      grid-template-columns: var(--_chart-size) minmax(0, 1fr);
      align-items: center;
      gap: calc(var(--_space) * 3);
    }

    .donut {
      position: relative;
      width: var(--_chart-size);
      aspect-ratio: 1;
    }

    [part='chart'] {
      display: block;
      width: 100%;
      height: 100%;
      overflow: visible;
    }

    .track {
      fill: none;
      stroke: var(--_color-surface-raised);
      stroke-width: 14;
    }

    [part~='slice'] {
      fill: none;
      stroke: var(--_swatch);
      stroke-width: 14;
      cursor: pointer;
      transition:
        stroke-width 120ms ease-out,
        opacity 120ms ease-out;
    }

    .has-selection [part~='slice']:not(.is-selected) {
      opacity: 0.3;
    }

    [part~='slice'].is-active {
      stroke-width: 18;
      opacity: 1;
    }

    [part='total'] {
      position: absolute;
      inset: 22%;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 0.125rem;
      text-align: center;
      line-height: 1.2;
      overflow-wrap: anywhere;
    }

    .total-label {
      color: var(--_color-text-muted);
      font-size: 0.8125em;
    }

    .total-amount {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }

    [part='list'] {
      display: grid;
      gap: 0.125rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    [part='category'] {
      box-sizing: border-box;
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto 3.5rem;
      align-items: center;
      gap: var(--_space);
      width: 100%;
      min-height: 2.75rem;
      padding: 0.375rem calc(var(--_space) * 1.25);
      border: 1px solid transparent;
      border-radius: var(--_radius);
      background: transparent;
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }

    [part='category']:hover,
    [part='category'].is-active {
      background: var(--_color-surface-raised);
    }

    [part='category'][aria-pressed='true'],
    [part='category'][aria-pressed='mixed'] {
      border-color: var(--_swatch);
      background: color-mix(in srgb, var(--_swatch) 12%, var(--_color-surface));
    }

    [part='category'][aria-pressed='mixed'] {
      border-style: dashed;
    }

    [part='swatch'] {
      width: 0.75rem;
      height: 0.75rem;
      border-radius: 3px;
      background: var(--_swatch);
      /* The colour is the link between list and chart: keep it in forced-colours mode. */
      forced-color-adjust: none;
    }

    [part='name'] {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    [part='amount'] {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    [part='share'] {
      color: var(--_color-text-muted);
      font-variant-numeric: tabular-nums;
      text-align: end;
      white-space: nowrap;
    }

    @container (max-width: 26rem) {
      .body {
        grid-template-columns: minmax(0, 1fr);
        justify-items: center;
      }
      [part='list'] {
        width: 100%;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      [part~='slice'] {
        transition: none;
      }
    }

    @media (forced-colors: active) {
      [part='category'][aria-pressed='true'],
      [part='category'][aria-pressed='mixed'] {
        border-color: Highlight;
      }
    }
  `,
];
