/**
 * Registers custom elements on first sight: a tag's code is imported when an element with that
 * tag first appears, as Shoelace's `shoelace-autoloader.js` does, so a page pays only for the
 * elements it shows. Elements are found
 * - in the document when the loader starts, and in the open shadow roots already there;
 * - in nodes added later to the document, or to any shadow root attached after the start (a
 *   framework's components render into those; `attachShadow` is wrapped to observe each one);
 * - by a host waiting for a tag: `customElements.whenDefined(tag)` loads it, so a page can
 *   `document.createElement` an element and call its methods once the promise resolves.
 * Properties a page sets on an element before its code arrives are kept: Lit takes them over
 * when the element upgrades. The words of the element's language (its `locale`, else the page's
 * `lang`) start loading alongside its code, so a German page's elements can show German in their
 * first frame instead of waiting for the words after the code. Once every tag is loaded or
 * defined (by an npm copy, say), the loader stops observing and unwraps what it wrapped.
 */
import { preloadWords } from '../i18n/preload.js';

/** Imports the module that defines one tag. */
export type TagLoader = () => Promise<unknown>;

export interface Autoloader {
  /** Looks for tags not yet loaded under `root` (a closed shadow root the loader cannot see). */
  discover(root: ParentNode): void;
  /** Loads a tag's code now; resolves once the tag is defined. */
  load(tagName: string): Promise<void>;
  /** Stops observing and unwraps `attachShadow` and `whenDefined`. */
  stop(): void;
}

const observed = { childList: true, subtree: true } satisfies MutationObserverInit;

export function startAutoloader(loaders: Readonly<Record<string, TagLoader>>): Autoloader {
  const registry = customElements;
  /** Tags neither requested nor defined yet. */
  const waiting = new Set(Object.keys(loaders).filter((tag) => !registry.get(tag)));
  let selector = '';
  // The originals, wrapped below and always called with the `this` of the call they wrap.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { attachShadow } = Element.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { whenDefined } = registry;

  const refresh = (): void => {
    for (const tag of waiting) if (registry.get(tag)) waiting.delete(tag);
    selector = [...waiting].join(',');
    if (waiting.size === 0) stop();
  };

  const load = (tagName: string): Promise<void> => {
    const loader = loaders[tagName];
    if (waiting.delete(tagName) && loader) {
      refresh();
      // Defined since the last look (the report defines its views itself, before it renders
      // them), the tag needs no code.
      if (!registry.get(tagName)) {
        loader().then(refresh, (error: unknown) => {
          // Another sighting of the tag tries again (a network that came back, say).
          waiting.add(tagName);
          refresh();
          console.error(`xs2a-elements: could not load <${tagName}>`, error);
        });
      }
    }
    return whenDefined.call(registry, tagName).then(() => undefined);
  };

  /** The first sighting of a tag's element: its code and its words. */
  const found = (element: Element): void => {
    preloadWords(element);
    void load(element.localName);
  };

  const discover = (root: ParentNode): void => {
    if (!selector) return;
    if (root instanceof Element && waiting.has(root.localName)) found(root);
    if (!selector) return;
    for (const element of root.querySelectorAll(selector)) found(element);
  };

  const observer = new MutationObserver((records) => {
    for (const { addedNodes } of records) {
      for (const node of addedNodes) if (node instanceof Element) discover(node);
    }
  });

  function observingAttachShadow(this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    if (selector) observer.observe(root, observed);
    return root;
  }
  function loadingWhenDefined(this: CustomElementRegistry, name: string): Promise<CustomElementConstructor> {
    if (waiting.has(name)) void load(name);
    return whenDefined.call(this, name);
  }

  /** Shadow roots attached before the loader started: only open ones can be reached. */
  function observeOpenRoots(root: ParentNode): void {
    for (const element of root.querySelectorAll('*')) {
      if (!selector) return;
      if (element.shadowRoot) {
        observer.observe(element.shadowRoot, observed);
        discover(element.shadowRoot);
        observeOpenRoots(element.shadowRoot);
      }
    }
  }

  function stop(): void {
    observer.disconnect();
    // Unwrapped only if nobody wrapped them again since; a later wrapper keeps calling ours,
    // which then only passes the call on.
    if (Element.prototype.attachShadow === observingAttachShadow) Element.prototype.attachShadow = attachShadow;
    if (registry.whenDefined === loadingWhenDefined) registry.whenDefined = whenDefined;
  }

  refresh();
  if (waiting.size > 0) {
    Element.prototype.attachShadow = observingAttachShadow;
    registry.whenDefined = loadingWhenDefined;
    observer.observe(document, observed);
    discover(document);
    observeOpenRoots(document);
  }
  return { discover, load, stop };
}
