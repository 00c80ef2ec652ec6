/** The card both charts sit in: its frame, heading, caption and empty state. */
import { css } from 'lit';

export const chartCardStyles = css`
  [part='base'] {
    container-type: inline-size;
    box-sizing: border-box;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  [part='heading'] {
    margin: 0 0 var(--_space);
    font-size: 1em;
    font-weight: 600;
  }

  /* What the chart covers, just under the heading. */
  [part='caption'] {
    margin: calc(var(--_space) * -0.75) 0 var(--_space);
    color: var(--_color-text-muted);
  }

  [part='empty'] {
    margin: 0;
    padding: calc(var(--_space) * 2) 0;
    color: var(--_color-text-muted);
    text-align: center;
  }
`;
