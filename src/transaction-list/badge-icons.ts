/**
 * The icons a badge shrinks to when the list is narrow: the merchant's name keeps the room and
 * the badge its meaning. Drawn in `currentColor` on a 16 × 16 grid, hidden from assistive
 * technology (the badge's word stays in the accessibility tree).
 */
import { svg, type SVGTemplateResult } from 'lit';

/** Two arrows chasing each other: a payment that repeats. */
export const recurringIcon: SVGTemplateResult = svg`<svg class="badge-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M13 6.5A5.2 5.2 0 0 0 3.4 5M3 9.5A5.2 5.2 0 0 0 12.6 11" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/><path d="M3 2v3.4h3.4M13 14v-3.4H9.6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/** A clock face: a payment not yet booked. */
export const pendingIcon: SVGTemplateResult = svg`<svg class="badge-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 4.6V8l2.4 1.6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/** Two opposed arrows: money moving between the consumer's own accounts. */
export const transferIcon: SVGTemplateResult = svg`<svg class="badge-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M2.5 5.5h10M10 3l2.5 2.5L10 8M13.5 10.5h-10M6 8l-2.5 2.5L6 13" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
