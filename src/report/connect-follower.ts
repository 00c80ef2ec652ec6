import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Xs2aFinishedDetail } from '../connect/events.js';

/** What a finished connection hands over: the consumer, its accounts, and the connect element's backend. */
export interface ConnectedConsumer {
  consumerId: string;
  accountIds: string[];
  /** The `endpoint` of the `<xs2a-connect>`, if it has one. */
  endpoint: string | undefined;
}

/** An element that names an `<xs2a-connect>` by id. */
export interface FollowingHost extends ReactiveControllerHost, HTMLElement {
  for?: string | undefined;
}

/**
 * Follows the `<xs2a-connect>` whose id the host's `for` names: when it fires `xs2a-finished`,
 * hands over the consumer and accounts it connected. It listens on the host's root, not on the
 * connect element, so it works whichever of the two is added first, and for an id set later.
 */
export class ConnectFollower implements ReactiveController {
  private readonly host: FollowingHost;
  private readonly onConnected: (connected: ConnectedConsumer) => void;
  private root?: Document | ShadowRoot;

  constructor(host: FollowingHost, onConnected: (connected: ConnectedConsumer) => void) {
    this.host = host;
    this.onConnected = onConnected;
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) {
      this.root = root;
      root.addEventListener('xs2a-finished', this.onFinished);
    }
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('xs2a-finished', this.onFinished);
    this.root = undefined;
  }

  private onFinished = (event: Event): void => {
    const connect = event.target;
    if (!this.host.for || !(connect instanceof Element) || connect.id !== this.host.for) return;
    // Read by shape, not `instanceof`: the connect element may come from another copy of the package.
    const result = (event as Event & { detail?: Partial<Xs2aFinishedDetail> }).detail?.result;
    if (!result) return;
    this.onConnected({
      consumerId: result.insights_consumer_id,
      accountIds: result.accounts.map((account) => account.insights_account_id),
      endpoint: (connect as Element & { endpoint?: string }).endpoint || undefined,
    });
  };
}
