import { css } from 'lit';

/**
 * The toolbar, the filter panel or sheet, the chips and the result bar. Two text sizes only: the
 * theme's base size for controls and values, `--_font-size-small` for labels, counts and chips.
 */
export const toolbarStyles = css`
  :host {
    /* 12 px beside the theme's 14 px. */
    --_font-size-small: calc(var(--_font-size) * 6 / 7);
  }

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

  .date {
    gap: 0.125rem;
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }

  .date input {
    font-size: var(--_font-size);
    color: var(--_color-text);
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

  /* A phone: the four controls in two even columns instead of ragged rows. */
  @container (max-width: 36rem) {
    .controls {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .controls > label select,
    .controls > label input,
    .controls > button {
      width: 100%;
    }
    /* With custom dates: the period on a row of its own, From and To side by side under it. */
    .custom > .period,
    .custom > [part='export'] {
      grid-column: 1 / -1;
    }
    .filter-fields {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
