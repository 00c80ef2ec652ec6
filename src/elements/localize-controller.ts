import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatMoney } from '../format/money.js';
import { displayCatalog, type DisplayMessages } from '../i18n/display-messages.js';
import { displayMessages as english } from '../i18n/en-display.js';
import { resolveLocale } from '../i18n/locale.js';

/** What privacy mode shows instead of an amount. */
export const maskedAmount = '••••';

const langChanges: MutationObserverInit = { subtree: true, attributeFilter: ['lang'] };

/** An element that formats for a locale and can hide its amounts. */
export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  locale?: string | undefined;
  masked: boolean;
}

/**
 * The locale an element formats in, its catalog of messages, and its amounts, after Shoelace's
 * `LocalizeController`. The locale is resolved once per update (its own `locale`, else the nearest
 * `lang`, else the browser's), not on every use; the element updates again when a `lang` it
 * inherits changes, or when it is moved under another one.
 *
 * English is bundled; another language's catalog loads when an element first resolves to it.
 * Until then the element does not update at all (`whenReady`, awaited in the element's
 * `scheduleUpdate`), so it never shows English words that German ones replace a moment later, nor
 * a mix of both: it keeps what it showed (nothing, on a first render), then renders once, in its
 * language. A catalog that fails to load leaves the element in English.
 *
 * While connected, it watches the `lang` attributes of the trees the element is in: its shadow
 * roots out to the document. A page has a handful of these elements, and the browser hands an
 * observer only the attribute it filters for, so one observer each costs nothing that matters
 * and needs no bookkeeping shared between elements.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizedHost;
  private resolved?: { locale: string; messages: DisplayMessages | undefined };
  private observer?: MutationObserver;

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
  }

  /** The BCP 47 locale of the current update. */
  get locale(): string {
    return (this.resolved ?? this.resolve()).locale;
  }

  /**
   * The catalog of the locale's language, English when the package does not speak it. Read
   * outside an update before the catalog has loaded (a host calling a method early), English.
   * The words of parts that load on first use are read through their accessors (`words-part.ts`).
   */
  get messages(): DisplayMessages {
    return (this.resolved ?? this.resolve()).messages ?? english;
  }

  /**
   * An amount in minor units for display, or dots in privacy mode. `signDisplay: 'exceptZero'`
   * shows `+` on credits.
   */
  money(minor: number, currency: string, signDisplay?: Intl.NumberFormatOptions['signDisplay']): string {
    return this.host.masked ? maskedAmount : formatMoney(minor, currency, { locale: this.locale, signDisplay });
  }

  /**
   * While the catalog of the element's locale is loading, a promise that resolves once it is here
   * (or has failed, leaving English); `undefined` when it is here already. The element awaits it
   * before each update, so its first words are in its language; the locale may change again while
   * a catalog loads, so it waits for whichever the element then needs.
   */
  whenReady(): Promise<void> | undefined {
    return displayCatalog.whenHere(() => resolveLocale(this.host, this.host.locale));
  }

  hostConnected(): void {
    const observer = new MutationObserver(this.onLangChange);
    let root = this.host.getRootNode();
    while (root instanceof ShadowRoot) {
      observer.observe(root, langChanges);
      root = root.host.getRootNode();
    }
    observer.observe(root, langChanges);
    this.observer = observer;
    // Moved under another `lang` while away.
    this.onLangChange();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdate(): void {
    this.resolve();
  }

  private resolve(): { locale: string; messages: DisplayMessages | undefined } {
    const locale = resolveLocale(this.host, this.host.locale);
    if (this.resolved?.locale !== locale || !this.resolved.messages) this.resolved = { locale, messages: displayCatalog.wordsFor(locale) };
    return this.resolved;
  }

  private onLangChange = (): void => {
    if (this.resolved && resolveLocale(this.host, this.host.locale) !== this.resolved.locale) this.host.requestUpdate();
  };
}
