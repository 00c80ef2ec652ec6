/**
 * `POST /reports`: builds the report through whichever of Klarna's report APIs the host uses, for
 * a consumer (and accounts) this browser's own flows returned. The report is passed through as
 * Klarna sent it; the viewer validates and normalizes every generation.
 */
import type { ReportRequest } from '../schemas/host-backend.js';
import type { ReportModuleType } from '../schemas/reports.js';
import { perReportNames } from '../schemas/per-report-names.js';
import { isReportModuleType, reportModuleTypes } from '../schemas/reports.js';
import { HostError, notFound } from './http.js';
import type { KlarnaClient, UpstreamAnswer } from './klarna-client.js';

/**
 * A consumer the request's owner may read: from the store (with the accounts and period its flows
 * refreshed), or allowed by the host's `authorizeConsumer` (then Klarna's defaults apply).
 */
export interface ConsumerAccess {
  consumerId: string;
  accountIds?: readonly string[] | undefined;
  fromDate?: string | undefined;
  toDate?: string | undefined;
}

/**
 * Klarna's three report APIs: `per-report` (`POST /insights/v1/reports/{name}/create`, one
 * endpoint per module, Klarna's current "Report generation" pages), `modular` (`…/reports/create`,
 * which Klarna's "Modular Report Creation" page marks deprecated in favour of the per-report
 * endpoints) and `categorized` (the first generation).
 */
export type ReportApi = 'modular' | 'categorized' | 'per-report';

/** The per-report endpoint of a module: `POST /insights/v1/reports/{name}/create`. */
const perReportPath = (type: ReportModuleType): string => `/insights/v1/reports/${perReportNames[type]}/create`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The report's envelope must be there; the rest is the viewer's to check. */
function reportText(klarna: KlarnaClient, answer: UpstreamAnswer): string {
  klarna.expectOk(answer, 'report');
  if (!isRecord(answer.json) || !isRecord(answer.json.data)) throw new HostError(502, 'upstream-error', 'Klarna answered a report without data');
  return answer.text;
}

/**
 * The report as Klarna answers it: one call's answer streamed through as it arrives, or the
 * per-report answers joined into one modular shape.
 */
export async function createReport(
  klarna: KlarnaClient,
  api: ReportApi,
  consumer: ConsumerAccess,
  request: ReportRequest,
  defaultModules: readonly ReportModuleType[],
): Promise<string | ReadableStream<Uint8Array>> {
  const known = consumer.accountIds;
  const accountIds = request.insights_account_ids ?? known;
  // An account of another consumer is as unknown as a made-up id.
  if (known && accountIds?.some((id) => !known.includes(id))) throw notFound();
  const from = request.from_date ?? consumer.fromDate;
  const to = request.to_date ?? consumer.toDate;
  if (from !== undefined && to !== undefined && from > to) throw new HostError(400, 'bad-request', 'from_date must not be after to_date');
  const requested = request.reports ?? defaultModules;
  const unknown = requested.find((type) => !isReportModuleType(type));
  if (unknown !== undefined) {
    throw new HostError(400, 'bad-request', `Invalid report request at reports: unknown report ${JSON.stringify(unknown)}; expected one of ${reportModuleTypes.join(', ')}`);
  }
  const modules = requested.filter(isReportModuleType);
  // The categorized report takes a time frame (Klarna's "Categorized Transactions Report"); the
  // newer APIs take dates.
  const scope = { insights_consumer_id: consumer.consumerId, ...(accountIds ? { insights_account_ids: accountIds } : {}) };
  const dated = { ...scope, ...(from !== undefined ? { from_date: from } : {}), ...(to !== undefined ? { to_date: to } : {}) };
  const timeFrame = from !== undefined && to !== undefined ? { time_frame: { from, to } } : {};

  switch (api) {
    case 'categorized':
      return klarna.stream('POST', '/insights/v1/reports/categorized/create', { ...scope, ...timeFrame });
    case 'modular':
      // POST, as the "Modular Report Creation" page documents it (its quick start shows PUT, which Klarna also takes).
      return klarna.stream('POST', '/insights/v1/reports/create', { ...dated, reports: modules.map((type) => ({ type })) });
    case 'per-report': {
      // A per-report module spans the accounts it was asked for: balances and categories of two
      // accounts would read as one. Each known account is asked for on its own.
      const scopes = accountIds && accountIds.length > 1 ? accountIds.map((id) => ({ ...dated, insights_account_ids: [id] })) : [dated];
      // One call's answer is the report already: streamed through like the other APIs' answers.
      const [only] = scopes;
      const [module] = modules;
      if (scopes.length === 1 && modules.length === 1 && only && module) return klarna.stream('POST', perReportPath(module), only);
      const answers = await Promise.all(
        scopes.flatMap((body) => modules.map((type) => klarna.send('POST', perReportPath(type), body))),
      );
      const reports: unknown[] = [];
      for (const answer of answers) {
        reportText(klarna, answer);
        const data = (answer.json as { data: { reports?: unknown } }).data;
        if (!Array.isArray(data.reports)) throw new HostError(502, 'upstream-error', 'Klarna answered a report without data.reports');
        reports.push(...(data.reports as unknown[]));
      }
      return JSON.stringify({ data: { reports } });
    }
  }
}
