/**
 * Opens and closes the report's filter controls: a panel under the Filters button on a wide
 * report, a modal sheet at the bottom of a narrow one (narrower than 600 px), where a panel
 * would cover the whole screen anyway and the rest of the page must not take focus. A modal
 * `<dialog>` traps focus and closes on Escape by itself; the panel closes on Escape and on a
 * click outside it. Either way focus goes back to the button that opened it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width of the report the filters open as a modal sheet. */
export const sheetBelowPx = 600;

export interface FilterSheetParts {
  dialog: () => HTMLDialogElement | null | undefined;
  trigger: () => HTMLElement | null | undefined;
}

export class FilterSheetController implements ReactiveController {
  /** Whether the filters are showing, for the button's `aria-expanded`. */
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: FilterSheetParts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onPointerDown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    this.parts.dialog()?.close();
    this.open = false;
  }

  toggle(): void {
    if (this.open) this.close();
    else this.show();
  }

  show(): void {
    const dialog = this.parts.dialog();
    if (!dialog || dialog.open) return;
    if (this.host.getBoundingClientRect().width < sheetBelowPx) dialog.showModal();
    else dialog.show();
    this.open = true;
    this.host.requestUpdate();
    // The first control, not the dialog's own close button: the user came to filter.
    dialog.querySelector<HTMLElement>('select, input')?.focus();
  }

  close(): void {
    this.parts.dialog()?.close();
  }

  /** The dialog's `close` event, however it closed (Escape, Done, a click outside). */
  readonly onClose = (): void => {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    this.parts.trigger()?.focus();
  };

  /** Escape closes the panel as it closes the modal sheet. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    event.stopPropagation();
    this.close();
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    const dialog = this.parts.dialog();
    if (!this.open || !dialog) return;
    const path = event.composedPath();
    if (path[0] === dialog) {
      // A modal sheet's backdrop belongs to the dialog: a tap on it lands on the dialog itself.
      const box = dialog.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) this.close();
      return;
    }
    if (path.includes(dialog) || path.includes(this.parts.trigger() as EventTarget)) return;
    this.close();
  };
}
