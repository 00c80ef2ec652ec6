import { css } from 'lit';

/**
 * The toolbar, the filter panel or sheet, the chips and the result bar. Two text sizes only: the
 * theme's base size for controls and values, `--_font-size-small` (`xs2a-report.styles.ts`) for
 * labels, counts and chips. On a narrow report the toolbar is two rows, the search and the
 * controls (Filters, sort and export as icons), plus a row of chips that scrolls sideways: 80 px without
 * filters where the two columns of controls took 124, so the list starts on the first screen.
 */
export const toolbarStyles = css`
  button:disabled,
  button:disabled:hover {
    cursor: not-allowed;
    background: var(--_color-surface-raised);
    color: var(--_color-text-muted);
    border-style: dashed;
  }

  [part='coverage'] {
    margin: 0 0 var(--_space);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  [part='toolbar'] {
    position: relative;
    display: grid;
    gap: var(--_space);
  }

  .search input {
    width: 100%;
  }

  .controls {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
  }

  .controls > label {
    display: grid;
  }

  .icon {
    flex: none;
    width: 1rem;
    height: 1rem;
  }

  [part='export'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }

  /* The sort picker shows its choice on a wide report, its icon on a narrow one. */
  .sort {
    position: relative;
  }

  .sort .icon {
    display: none;
  }

  /* ---- a custom period's From and To, in the element's locale (date-field.ts) ---- */

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

  [part='filters-button'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
  }

  .filter-count {
    display: inline-grid;
    place-items: center;
    min-width: 1.5em;
    height: 1.5em;
    padding: 0 0.25em;
    box-sizing: border-box;
    border-radius: 999px;
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }

  /* A panel under the controls on a wide report, over what follows. */
  [part='filters'] {
    position: absolute;
    top: calc(100% + var(--_space));
    inset-inline: 0 auto;
    z-index: 10;
    box-sizing: border-box;
    width: min(30rem, 100%);
    margin: 0;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.2);
  }

  /* A sheet at the bottom of a narrow screen. */
  [part='filters']:modal {
    position: fixed;
    inset: auto 0 0;
    width: 100%;
    max-width: none;
    max-height: 85dvh;
    overflow: auto;
    border-radius: var(--_radius) var(--_radius) 0 0;
  }

  [part='filters']::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  [part='filters'] h3 {
    margin: 0 0 var(--_space);
    font-size: var(--_font-size);
    font-weight: 600;
  }

  .filter-fields {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_space);
  }

  .filter-fields label {
    display: grid;
    gap: 0.125rem;
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }

  .filter-fields select,
  .filter-fields input {
    width: 100%;
    font-size: var(--_font-size);
    color: var(--_color-text);
  }

  .check {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 1.5);
  }

  .check input {
    min-height: auto;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--_color-accent);
  }

  .sheet-actions {
    display: flex;
    justify-content: flex-end;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin-top: calc(var(--_space) * 2);
  }

  .primary,
  .primary:hover {
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    color: var(--_color-on-accent);
  }

  [part='filter-chips'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  [part='filter-chip'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2rem;
    border-radius: 999px;
    background: var(--_color-surface-raised);
    font-size: var(--_font-size-small);
  }

  .chip-remove {
    font-size: var(--_font-size);
    line-height: 1;
  }

  [part='filter-chips'] .link-button {
    font-size: var(--_font-size-small);
  }

  [part='result-bar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }

  [part='result-count'] {
    margin: 0;
    color: var(--_color-text-muted);
  }

  /* A phone: the search, then one row of controls, the period taking what the others leave. */
  @container (max-width: 36rem) {
    .controls {
      flex-wrap: nowrap;
    }
    .controls > .period {
      flex: 1 1 0;
      min-width: 0;
    }
    .period select {
      width: 100%;
    }
    .sort select {
      width: 2.5rem;
      padding: 0;
      appearance: none;
      /* The choice shows in the list the picker opens; in the closed picker, the icon says what it is. */
      color: transparent;
    }
    .sort option {
      color: var(--_color-text);
      background: var(--_color-surface);
    }
    .sort .icon {
      display: block;
      position: absolute;
      inset: 0;
      margin: auto;
      pointer-events: none;
    }
    [part='filters-button'],
    [part='export'] {
      justify-content: center;
      min-width: 2.5rem;
      padding: 0 0.5em;
    }
    .button-text {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .dates {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .date-field {
      width: auto;
    }
    /* The chips on one line that scrolls sideways, rather than lines that push the list down. */
    [part='filter-chips'] {
      flex-wrap: nowrap;
      overflow-x: auto;
      scrollbar-width: thin;
      padding: 2px;
      margin: -2px;
    }
    [part='filter-chip'],
    [part='filter-chips'] .link-button {
      flex: none;
      white-space: nowrap;
    }
    .filter-fields {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
