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

    [part='caption'] {
      margin-top: calc(var(--_space) * -1.25);
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
      stroke-width: 12;
    }

    [part~='slice'] {
      fill: none;
      stroke: var(--_swatch);
      stroke-width: 12;
      cursor: pointer;
      transition:
        stroke-width 120ms ease-out,
        opacity 120ms ease-out;
    }

    .has-selection [part~='slice']:not(.is-selected) {
      opacity: 0.3;
    }

    [part~='slice'].is-active {
      stroke-width: 16;
      opacity: 1;
    }

    /*
     * The hole's inner edge is at radius 36 of 100 (ring radius 42, stroke 12): a line through
     * its middle may be 72 % of the donut wide; 68 % keeps it off the ring.
     */
    [part='total'] {
      position: absolute;
      inset: 20% 16%;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 0.125rem;
      text-align: center;
      line-height: 1.2;
    }

    .total-label {
      max-width: 100%;
      overflow: hidden;
      color: var(--_color-text-muted);
      font-size: 0.8125em;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    /*
     * One line box, never wrapped: the exact figure and its short form sit centred on it, and
     * FitTextController scales them (a transform, which leaves layout alone) and picks one.
     */
    .total-amount {
      position: relative;
      align-self: stretch;
      height: 1.2em;
      font-size: 1.125em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    .total-amount > span {
      position: absolute;
      top: 0;
      left: 50%;
      transform: translateX(-50%) scale(var(--_fit-scale, 1));
    }

    .total-amount:not([data-fit='short']) .total-short,
    .total-amount[data-fit='short'] .total-full {
      /* Not visibility: the exact figure stays in the accessibility tree when the short one shows. */
      opacity: 0;
    }

    /* The entries lay themselves out by the list's width, whichever side of the donut it is on. */
    [part='list'] {
      container: legend / inline-size;
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
      line-height: 1.25;
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

    /* A long name takes a second line before it is cut; the title holds all of it. */
    [part='name'] {
      display: -webkit-box;
      overflow: hidden;
      overflow-wrap: break-word;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
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

    /* In a narrow list the share goes under the amount, and the name has the row's width. */
    @container legend (max-width: 24rem) {
      [part='category'] {
        grid-template-columns: auto minmax(0, 1fr) auto;
        column-gap: var(--_space);
        row-gap: 0;
      }
      [part='swatch'],
      [part='name'] {
        grid-row: 1 / span 2;
      }
      [part='amount'] {
        grid-column: 3;
        grid-row: 1;
        text-align: end;
      }
      [part='share'] {
        grid-column: 3;
        grid-row: 2;
        font-size: 0.875em;
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
