import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Transaction } from '../model/report-model.js';
import { whenIdle } from './when-idle.js';

export interface SearchWarmupOptions {
  /** The list a search would run over now, if any. */
  list: () => readonly Transaction[] | undefined;
  /** Prepares a slice of `list`'s search texts while `hasTime()`; true once all are done. */
  prepare: (list: readonly Transaction[], hasTime: () => boolean) => boolean;
}

/**
 * Folds the search texts of the shown list while the page is idle, a slice at a time, so that the
 * first keystroke does not pay for 100,000 of them. It starts after each update that shows a new
 * list and stops when the host leaves the page.
 */
export class SearchWarmupController implements ReactiveController {
  private readonly options: SearchWarmupOptions;
  private cancel?: () => void;
  private preparedFor?: readonly Transaction[];

  constructor(host: ReactiveControllerHost, options: SearchWarmupOptions) {
    this.options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  private schedule(): void {
    const list = this.options.list();
    if (!list || this.cancel || this.preparedFor === list) return;
    this.cancel = whenIdle((hasTime) => {
      this.cancel = undefined;
      // The list changed while waiting: warm up the new one instead.
      if (this.options.list() !== list) {
        this.schedule();
        return;
      }
      if (this.options.prepare(list, hasTime)) this.preparedFor = list;
      else this.schedule();
    });
  }
}
