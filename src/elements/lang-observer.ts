/**
 * One MutationObserver for the page that tells elements when a `lang` attribute changes in a tree
 * they live in, so an element without its own `locale` follows a page that switches language
 * (`document.documentElement.lang = 'de'`). It watches each root an element sits in (its shadow
 * roots up to the document) while an element there listens, and disconnects when the last leaves.
 */

type LangListener = () => void;

/** The roots each listener watches, and how many listeners watch each root. */
const listeners = new Map<LangListener, readonly Node[]>();
const rootCounts = new Map<Node, number>();
let observer: MutationObserver | undefined;

/** The trees whose `lang` attributes an element's locale can come from: shadow roots out to the document. */
function rootsOf(element: Element): Node[] {
  const roots: Node[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  // A detached element has no document to watch; it resolves its locale again when it connects.
  if (root instanceof Document) roots.push(root);
  return roots;
}

function notify(): void {
  for (const listener of [...listeners.keys()]) listener();
}

/** MutationObserver has no `unobserve`: a changed set of roots is observed afresh. */
function observeRoots(): void {
  const missed = observer?.takeRecords().length ?? 0;
  observer?.disconnect();
  if (rootCounts.size === 0) {
    observer = undefined;
  } else {
    observer ??= new MutationObserver(notify);
    for (const root of rootCounts.keys()) observer.observe(root, { subtree: true, attributeFilter: ['lang'] });
  }
  if (missed > 0) notify();
}

/**
 * Calls `listener` after any `lang` attribute changes in the trees `element` is in now; returns
 * the stop. Call it on connect and the stop on disconnect: the roots are those of the moment.
 */
export function observeLang(element: Element, listener: LangListener): () => void {
  const roots = rootsOf(element);
  let rootAdded = false;
  for (const root of roots) {
    const count = rootCounts.get(root) ?? 0;
    rootCounts.set(root, count + 1);
    rootAdded ||= count === 0;
  }
  listeners.set(listener, roots);
  if (rootAdded) observeRoots();
  return () => {
    if (!listeners.delete(listener)) return;
    let rootRemoved = false;
    for (const root of roots) {
      const count = (rootCounts.get(root) ?? 1) - 1;
      if (count > 0) {
        rootCounts.set(root, count);
      } else {
        rootCounts.delete(root);
        rootRemoved = true;
      }
    }
    if (rootRemoved) observeRoots();
  };
}
