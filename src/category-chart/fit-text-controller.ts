import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The elements one fitted line consists of, looked up after each render. */
export interface FitTargets {
  /** The box the line must fit in; its width must not depend on the line. */
  box: HTMLElement;
  /** The exact text, on one line (`white-space: nowrap`). */
  full: HTMLElement;
  /** A shorter form shown when the exact one would have to shrink below `minScale`. */
  short: HTMLElement;
}

export interface FitTextOptions {
  /** The smallest the exact text may be scaled to before the short form takes its place. */
  minScale: number;
  /** Pixels kept free at either end, so that the text does not touch what surrounds the box. */
  margin?: number;
}

/**
 * Keeps a line of text on one line and inside its box: it scales the text down to fit, and below
 * `minScale` switches to a short form (scaled to fit too). It writes only `--_fit-scale` and the
 * `data-fit` attribute (`full` or `short`) on the box; the styles turn them into a `transform`
 * and the visibility of the two forms. A transform does not change any element's layout size,
 * so the ResizeObserver that watches the box and both texts never sees its own writes: no loop,
 * and no "ResizeObserver loop completed" error on the page.
 *
 * It fits only in that observer's callback, after the frame's layout and before its paint: a new
 * text of another width, a narrower container, a web font arriving. A text that changes keeps
 * its scale while its width does, and nothing reads layout during a render, where it would force
 * the frame's layout early (a filter at 100,000 transactions changes the total on every
 * keystroke).
 */
export class FitTextController implements ReactiveController {
  private observer?: ResizeObserver;
  private observed: HTMLElement[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly targets: () => FitTargets | undefined,
    private readonly options: FitTextOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver !== 'undefined') this.observer = new ResizeObserver(() => {
      this.fit();
    });
  }

  hostUpdated(): void {
    const targets = this.targets();
    this.observe(targets ? [targets.box, targets.full, targets.short] : []);
    // Without the observer (a DOM without layout), fit on every render.
    if (!this.observer) this.fit();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = [];
  }

  /** A render may replace the elements: watch the ones now in the tree. A new one is reported once it is laid out. */
  private observe(elements: HTMLElement[]): void {
    if (elements.length === this.observed.length && elements.every((element, index) => element === this.observed[index])) return;
    this.observed = elements;
    const observer = this.observer;
    if (observer) {
      observer.disconnect();
      for (const element of elements) observer.observe(element);
    }
  }

  private fit(): void {
    const targets = this.targets();
    if (!targets) return;
    const { box, full, short } = targets;
    const available = box.clientWidth - 2 * (this.options.margin ?? 0);
    // Layout widths, which a transform does not change: the text's size before scaling.
    const fullWidth = full.offsetWidth;
    if (available <= 0 || fullWidth === 0) return;
    let form: 'full' | 'short' = 'full';
    let scale = Math.min(1, available / fullWidth);
    if (scale < this.options.minScale) {
      form = 'short';
      scale = Math.min(1, available / Math.max(1, short.offsetWidth));
    }
    box.style.setProperty('--_fit-scale', scale.toFixed(3));
    box.setAttribute('data-fit', form);
  }
}
