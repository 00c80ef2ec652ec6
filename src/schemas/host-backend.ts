/**
 * The contract between the elements and the host's backend (the README's "Host
 * backend" contract). The elements send the requests and validate the responses with these schemas;
 * `xs2a-elements/server` does the reverse.
 */
import * as z from 'zod/mini';
import { id, isoDate, matching, maybe, nonEmptyString, positiveInteger } from './common.js';
import { flowInfo, flowState, refreshFlowAccounts, reportModuleName } from './flows.js';

/**
 * `POST {endpoint}/flows`: what the element sends; extra fields come from `.flowOptions`. The
 * fields of Klarna's "Insights-Refresh" request the host may set, and nothing else: an unknown
 * field, at any depth, is refused with its path rather than dropped or passed to Klarna.
 */
export const createFlowRequest = /* @__PURE__ */ z.strictObject({
  language: maybe(matching(/^[a-z]{2}$/, 'expected a two-letter language code')),
  from_date: maybe(isoDate),
  to_date: maybe(isoDate),
  /** The last this many days up to today, instead of `from_date` and `to_date`. */
  refresh_days: maybe(positiveInteger),
  /** Module types, as names or as Klarna's `{ type }` objects; the backend sends `{ type }`. */
  intended_reports: maybe(z.array(z.union([reportModuleName, z.strictObject({ type: reportModuleName })]))),
  accounts: maybe(refreshFlowAccounts),
  /** Refreshes this consumer (Klarna's field) instead of creating a new one; only for its owner. */
  insights_consumer_id: maybe(id),
  /** How long Klarna keeps the refreshed data for reports; Klarna's default is 10 minutes. */
  data_retention_minutes: maybe(positiveInteger),
});
export type CreateFlowRequest = z.infer<typeof createFlowRequest>;

/** `201` answer to `POST /flows`: only what the browser needs to start the XS2A App. */
export const createFlowResponse = /* @__PURE__ */ z.looseObject({
  data: z.looseObject({
    flow_id: id,
    client_token: nonEmptyString,
    state: flowState,
  }),
});
export type CreateFlowResponse = z.infer<typeof createFlowResponse>;

/** `200` answer to `GET /flows/{flow_id}`: Klarna's flow shape. */
export const getFlowResponse = /* @__PURE__ */ z.looseObject({ data: flowInfo });
export type GetFlowResponse = z.infer<typeof getFlowResponse>;

/** `POST {endpoint}/reports`: which consumer, accounts, period and report modules. */
export const reportRequest = /* @__PURE__ */ z.looseObject({
  insights_consumer_id: id,
  insights_account_ids: maybe(z.array(id)),
  from_date: maybe(isoDate),
  to_date: maybe(isoDate),
  reports: maybe(z.array(z.string())),
});
export type ReportRequest = z.infer<typeof reportRequest>;

/** Any non-2xx answer of the host backend, when it has a body the package can read. */
export const hostErrorBody = /* @__PURE__ */ z.looseObject({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
  }),
});
export type HostErrorBody = z.infer<typeof hostErrorBody>;
