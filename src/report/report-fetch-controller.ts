import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import { Xs2aError } from '../errors.js';
import { endpointUrl, hostRequest } from '../host-api/host-client.js';
import { normalizeReport } from '../model/normalize-report.js';
import type { Report } from '../model/report-model.js';
import type { ReportRequest } from '../schemas/host-backend.js';

/** The report is validated by the normalizer, which knows all three shapes. */
const anyJson = z.unknown();

/** What a report is fetched with: the host backend's base URL and the body of `POST {endpoint}/reports`. */
export interface ReportSource {
  endpoint: string;
  request: ReportRequest;
}

/** The element's attributes that name a report; `accountIds` is space-separated. */
export interface ReportQuery {
  endpoint?: string | undefined;
  consumerId?: string | undefined;
  accountIds?: string | undefined;
  fromDate?: string | undefined;
  toDate?: string | undefined;
}

/** The request for a query, or nothing while it lacks the endpoint or the consumer. */
export function reportSource({ endpoint, consumerId, accountIds, fromDate, toDate }: ReportQuery): ReportSource | undefined {
  if (!endpoint || !consumerId) return undefined;
  const ids = accountIds?.split(/\s+/).filter(Boolean) ?? [];
  return {
    endpoint,
    request: {
      insights_consumer_id: consumerId,
      ...(ids.length > 0 ? { insights_account_ids: ids } : {}),
      ...(fromDate ? { from_date: fromDate } : {}),
      ...(toDate ? { to_date: toDate } : {}),
    },
  };
}

export interface ReportFetchOptions {
  /** The report to fetch now, or nothing when there is none to fetch. */
  source: () => ReportSource | undefined;
  /** A fetch ended in a readable report, normalized. */
  onLoad: (report: Report) => void;
  /** A fetch failed (`network`, `http`) or its report could not be read (`invalid-response`). */
  onError: (error: Xs2aError) => void;
}

/**
 * Fetches the host's report from its host backend, one fetch at a time: a newer fetch, `abort()`
 * (a report the page set) or the host leaving the page aborts the one in flight, whose answer is
 * then neither shown nor announced.
 */
export class ReportFetchController implements ReactiveController {
  /** Whether a fetch is in flight. */
  fetching = false;
  /** Why the last fetch failed, until the next one starts. */
  error?: Xs2aError;

  private readonly host: ReactiveControllerHost;
  private readonly options: ReportFetchOptions;
  private inFlight?: AbortController;

  constructor(host: ReactiveControllerHost, options: ReportFetchOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Fetches the report of the current source, aborting any fetch in flight; nothing without a source. */
  reload(): void {
    const source = this.options.source();
    if (source) void this.fetch(source);
  }

  /** Aborts the fetch in flight, if any; nothing of it is shown or announced. */
  abort(): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
    if (this.fetching) {
      this.fetching = false;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.abort();
  }

  private async fetch({ endpoint, request }: ReportSource): Promise<void> {
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    this.fetching = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const payload = await hostRequest(endpointUrl(endpoint, 'reports'), { method: 'POST', body: request, schema: anyJson, what: 'report', signal: controller.signal });
      // A stale answer never renders: whatever aborted this fetch has taken over.
      if (controller.signal.aborted) return;
      const report = normalizeReport(payload);
      this.fetching = false;
      this.options.onLoad(report);
    } catch (error) {
      // An abort is the element's own doing (a new report, removal): nothing to report.
      if (controller.signal.aborted) return;
      this.fetching = false;
      this.error = error instanceof Xs2aError ? error : new Xs2aError('network', String(error));
      this.options.onError(this.error);
    } finally {
      if (this.inFlight === controller) this.inFlight = undefined;
      this.host.requestUpdate();
    }
  }
}
