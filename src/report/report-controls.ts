/**
 * The report's controls whose code loads on first use: the filter controls (a panel or a sheet),
 * the custom period's date fields and the CSV export. Most readers scroll, search or pick a
 * preset period and use none of them, so a report page does not carry their code; it loads
 * when the person first points at or focuses the control (the click then rarely waits), and at
 * the latest when they use it:
 * - Filters opens the controls as soon as their code is here, with focus on the first of them,
 *   as it does once loaded;
 * - "Custom dates" shows the From and To fields once theirs is;
 * - Export downloads the transactions shown when the person clicked.
 *
 * While code is on its way the report's `updateComplete` waits for it (`pending`), so it still
 * means "drawn as the person asked". Code that cannot be loaded (offline, a deployment whose old
 * files are gone) is an `xs2a-error` with code `network`; the report stays as it is, and the
 * next use tries again.
 */
import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { Xs2aError } from '../errors.js';
import { Xs2aErrorEvent } from '../events/xs2a-error-event.js';
import type * as CsvExport from './csv-export.js';
import type * as CustomPeriod from './custom-period.js';
import type * as FilterSheet from './filter-sheet.js';
import type { PeriodPreset } from './period.js';
import type { LazyControl } from './report-toolbar.js';

/** One control's module: imported once per page; an import that failed is tried again on the next use. */
class LazyModule<Module> {
  module?: Module;
  private loading?: Promise<Module>;

  /** How the module is imported; open, so that a test can put a failing import in place before first use. */
  constructor(public importer: () => Promise<Module>) {}

  load(): Promise<Module> {
    if (this.module) return Promise.resolve(this.module);
    this.loading ??= this.importer().then(
      (module) => {
        this.module = module;
        return module;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}

export interface ControlsParts {
  /** The period the report shows: "Custom dates" needs the date fields. */
  period: () => PeriodPreset;
  /** The filter dialog, once drawn, and the button that opens it. */
  dialog: () => HTMLDialogElement | null | undefined;
  trigger: () => HTMLElement | null | undefined;
}

/** The controls' modules, shared by every report on the page. */
export const controlModules = {
  filters: new LazyModule<typeof FilterSheet>(() => import('./filter-sheet.js')),
  'custom-period': new LazyModule<typeof CustomPeriod>(() => import('./custom-period.js')),
  export: new LazyModule<typeof CsvExport>(() => import('./csv-export.js')),
} satisfies Record<LazyControl, LazyModule<unknown>>;

/** What each control is called in an error's message. */
const controlNames: Record<LazyControl, string> = { filters: 'filter controls', 'custom-period': 'custom date fields', export: 'CSV export' };

export class ReportControls implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly parts: ControlsParts;
  private readonly modules = controlModules;
  private sheet?: FilterSheet.FilterSheetController;
  /** Filters was used before its code was here: the controls open once drawn, then this settles. */
  private opening?: () => void;
  /** The date fields' code is loading, or failed for this choice of "Custom dates". */
  private customPeriodAsked = false;
  /** What the report waits for before it calls itself drawn. */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(host: ReactiveControllerHost & HTMLElement, parts: ControlsParts) {
    this.host = host;
    this.parts = parts;
    host.addController(this);
  }

  /** Settles when the controls' code in flight has arrived and been drawn (or failed); for the host's `updateComplete`. */
  get pending(): Promise<void> | undefined {
    return this.inFlight.size > 0 ? Promise.all(this.inFlight).then(() => undefined) : undefined;
  }

  /** Whether the filter controls are open, for the button's `aria-expanded`. */
  get filtersOpen(): boolean {
    return this.sheet?.open ?? false;
  }

  /** The filter controls' template, once loaded. */
  get filterDialog(): typeof FilterSheet.renderFilterDialog | undefined {
    return this.modules.filters.module?.renderFilterDialog;
  }

  /** The custom period's template, once loaded. */
  get customPeriod(): typeof CustomPeriod.renderCustomPeriod | undefined {
    return this.modules['custom-period'].module?.renderCustomPeriod;
  }

  /** Starts loading a control's code ahead of its use; a failure here is the use's to report. */
  warm(control: LazyControl): void {
    this.modules[control].load().catch(() => undefined);
  }

  toggleFilters(): void {
    if (this.sheet) {
      this.sheet.toggle();
      return;
    }
    if (this.opening) return;
    this.track(
      new Promise<void>((settle) => {
        this.opening = settle;
        this.modules.filters.load().then(
          (module) => {
            this.sheet ??= new module.FilterSheetController(this.host, { dialog: this.parts.dialog, trigger: this.parts.trigger });
            this.host.requestUpdate();
          },
          (error: unknown) => {
            this.opening = undefined;
            this.fail('filters', error);
            settle();
          },
        );
      }),
    );
  }

  closeFilters(): void {
    this.sheet?.close();
  }

  readonly onFiltersClosed = (): void => {
    this.sheet?.onClose();
  };

  readonly onFiltersKeyDown = (event: KeyboardEvent): void => {
    this.sheet?.onKeyDown(event);
  };

  /** Downloads the file once the export's code is here: the transactions of the moment of the click. */
  exportCsv(request: CsvExport.CsvRequest): void {
    this.track(
      this.modules.export.load().then(
        (module) => {
          module.downloadCsv(request);
        },
        (error: unknown) => {
          this.fail('export', error);
        },
      ),
    );
  }

  /** The CSV text; rejects with the `xs2a-error`'s `Xs2aError` when the export's code cannot be loaded. */
  async toCsv(request: CsvExport.CsvRequest): Promise<string> {
    try {
      return (await this.modules.export.load()).toCsv(request);
    } catch (error) {
      throw this.fail('export', error);
    }
  }

  hostUpdate(): void {
    // Code another report on the page loaded is drawn here too: with its styles.
    for (const module of [this.modules.filters.module, this.modules['custom-period'].module]) if (module) this.adopt(module.styles);
    if (this.parts.period() !== 'custom') {
      this.customPeriodAsked = false;
      return;
    }
    if (this.customPeriod || this.customPeriodAsked) return;
    this.customPeriodAsked = true;
    this.track(
      this.modules['custom-period'].load().then(
        () => {
          this.host.requestUpdate();
        },
        (error: unknown) => {
          // Tried again when the person picks "Custom dates" once more.
          this.fail('custom-period', error);
        },
      ),
    );
  }

  hostUpdated(): void {
    const opened = this.opening;
    const sheet = this.sheet;
    if (!opened || !sheet || !this.parts.dialog()) return;
    this.opening = undefined;
    // Just after this update, not inside it: opening updates the button's `aria-expanded`.
    queueMicrotask(() => {
      sheet.show();
      opened();
    });
  }

  hostDisconnected(): void {
    // The controls do not open on a report that left the page; nothing waits for them.
    this.opening?.();
    this.opening = undefined;
  }

  /**
   * A control's styles come with its code: added to the report's own once, after them, so the
   * cascade is as if they were the last of the report's styles.
   */
  private adopt(styles: CSSResult): void {
    const root = this.host.shadowRoot;
    const sheet = styles.styleSheet;
    if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private fail(control: LazyControl, cause: unknown): Xs2aError {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const error = new Xs2aError('network', `The report's ${controlNames[control]} could not be loaded: ${reason}`, { cause });
    this.host.dispatchEvent(Xs2aErrorEvent.from(error as Xs2aError & { code: 'network' }));
    return error;
  }
}
