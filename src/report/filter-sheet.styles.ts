import { css } from 'lit';

/**
 * The filter controls: a panel under the toolbar's controls on a wide report, a sheet at the
 * bottom of a narrow one.
 * The report adopts them when their code loads (`ReportControls`); the theme's private properties
 * (`--_space`, `--_color-*`) are the report's (`xs2a-report.styles.ts`).
 */
export const filterSheetStyles = css`
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

  /* A phone, as in the toolbar's own rules. */
  @container (max-width: 36rem) {
    .filter-fields {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
