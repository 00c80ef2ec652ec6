import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Transaction } from '../model/report-model.js';
import { whenIdle } from './when-idle.js';

export interface IdleWarmupOptions {
  /** The list a person would search or sort now, if any. */
  list: () => readonly Transaction[] | undefined;
  /** Prepares a slice of what `list`'s interactions read while `hasTime()`; true once all is done. */
  prepare: (list: readonly Transaction[], hasTime: () => boolean) => boolean;
}

/**
 * Prepares what the shown list's interactions read while the page is idle, a slice at a time: the
 * search texts, so that the first keystroke does not pay for 100,000 of them, and the orders a
 * person may pick. It starts after each update that shows a new list and stops when the host
 * leaves the page.
 */
export class IdleWarmupController implements ReactiveController {
  private readonly options: IdleWarmupOptions;
  private cancel?: () => void;
  private preparedFor?: readonly Transaction[];

  constructor(host: ReactiveControllerHost, options: IdleWarmupOptions) {
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
