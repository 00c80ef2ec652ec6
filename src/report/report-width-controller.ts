import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this container width the page scrolls the list: a phone, where a nested scroll box traps the finger. */
export const compactWidth = 600;
/** From this container width the detail opens beside the list; below it, as a sheet over the report. */
export const wideWidth = 900;

/** How the report lays itself out at its width. */
export type ReportLayout = 'compact' | 'medium' | 'wide';

export const layoutOf = (width: number): ReportLayout => (width < compactWidth ? 'compact' : width < wideWidth ? 'medium' : 'wide');

/**
 * The report's layout from its own width, not the window's: a report in a sidebar is narrow on a
 * wide screen. A container query styles most of it; this observer exists for what CSS cannot
 * switch: the list's `page-scroll` property (the list then follows the window's scrolling instead
 * of a box's) and whether the detail is a side panel or a modal `<dialog>`.
 *
 * The layout changes in the animation frame after a resize, not inside the observer's callback:
 * rendering there would resize the report again within the observer's loop, which Chromium
 * reports as "ResizeObserver loop completed with undelivered notifications" on the window.
 */
export class ReportWidthController implements ReactiveController {
  layout: ReportLayout = 'wide';

  private readonly host: ReactiveControllerHost & Element;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // The first render already has the right layout: a block's width does not wait for its content.
    this.apply(this.host.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      // The border box, as the first measure reads it.
      const width = entry?.borderBoxSize[0]?.inlineSize ?? entry?.contentRect.width;
      if (width === undefined) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.apply(width);
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** A width of 0 is a report not laid out yet (hidden, detached): keep what it had. */
  private apply(width: number): void {
    if (width === 0) return;
    const layout = layoutOf(width);
    if (layout === this.layout) return;
    this.layout = layout;
    this.host.requestUpdate();
  }
}
