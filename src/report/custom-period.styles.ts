import { css } from 'lit';

/**
 * A custom period's From and To, in the element's locale (`date-field.ts`): side by side, each with
 * its calendar button and its problem.
 * The report adopts them when their code loads (`ReportControls`); the theme's private properties
 * (`--_space`, `--_color-*`) are the report's (`xs2a-report.styles.ts`).
 */
export const customPeriodStyles = css`
  .dates {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--_space);
  }

  .date-field {
    display: grid;
    gap: 0.125rem;
    width: 11rem;
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }

  .date-box {
    position: relative;
  }

  .date-box input[type='text'] {
    width: 100%;
    padding-inline-end: 2.5rem;
    font-size: var(--_font-size);
    font-variant-numeric: tabular-nums;
    color: var(--_color-text);
  }

  .date-box input[aria-invalid='true'] {
    border-color: var(--_color-negative);
    box-shadow: inset 0 0 0 1px var(--_color-negative);
  }

  .calendar {
    position: absolute;
    inset-block: 1px;
    inset-inline-end: 1px;
    display: grid;
    place-items: center;
    width: 2.25rem;
    min-height: 0;
    padding: 0;
    border: none;
    color: var(--_color-text-muted);
    background: none;
  }

  .calendar:hover {
    color: var(--_color-text);
  }

  .calendar svg {
    width: 1rem;
    height: 1rem;
  }

  /* The browser's picker opens at this input: under the field's end, out of sight and of the tab order. */
  .date-picker {
    position: absolute;
    inset-inline-end: 0;
    bottom: 0;
    width: 1px;
    height: 1px;
    min-height: 0;
    padding: 0;
    border: 0;
    opacity: 0;
    pointer-events: none;
  }

  .date-problem {
    margin: 0.125rem 0 0;
    color: var(--_color-negative);
  }

  /* A phone, as in the toolbar's own rules. */
  @container (max-width: 36rem) {
    .dates {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .date-field {
      width: auto;
    }
  }
`;
