import { css } from 'lit';

/**
 * The toolbar, the chips and the result bar; the filter panel or sheet and the custom dates have
 * theirs in `filter-sheet.styles.ts` and `custom-period.styles.ts`, which come with their code. Two text sizes only: the
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
  }
`;
