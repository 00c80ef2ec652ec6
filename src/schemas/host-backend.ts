/**
 * The contract between the elements and the host's backend (DESIGN.md, "Host backend
 * contract"). The elements send the requests and validate the responses with these schemas;
 * `xs2a-elements/server` does the reverse.
 */
import * as z from 'zod/mini';
import { id, isoDate, maybe } from './common.js';
import { flowCreated, flowInfo, intendedReport, refreshFlowAccounts } from './flows.js';

/** `POST {endpoint}/flows`: what the element sends; extra fields come from `.flowOptions`. */
export const createFlowRequest = z.looseObject({
  language: maybe(z.string().check(z.regex(/^[a-z]{2}$/, 'expected a two-letter language code'))),
  from_date: maybe(isoDate),
  to_date: maybe(isoDate),
  intended_reports: maybe(z.array(intendedReport)),
  accounts: maybe(refreshFlowAccounts),
  /** Refreshes this consumer (Klarna's field) instead of creating a new one; only for its owner. */
  insights_consumer_id: maybe(id),
});
export type CreateFlowRequest = z.infer<typeof createFlowRequest>;

/** `201` answer to `POST /flows`: only what the browser needs to start the XS2A App. */
export const createFlowResponse = z.looseObject({
  data: z.looseObject({
    flow_id: flowCreated.shape.flow_id,
    client_token: flowCreated.shape.client_token,
    state: flowCreated.shape.state,
  }),
});
export type CreateFlowResponse = z.infer<typeof createFlowResponse>;

/** `200` answer to `GET /flows/{flow_id}`: Klarna's flow shape. */
export const getFlowResponse = z.looseObject({ data: flowInfo });
export type GetFlowResponse = z.infer<typeof getFlowResponse>;

/** `POST {endpoint}/reports`: which consumer, accounts, period and report modules. */
export const reportRequest = z.looseObject({
  insights_consumer_id: id,
  insights_account_ids: maybe(z.array(id)),
  from_date: maybe(isoDate),
  to_date: maybe(isoDate),
  reports: maybe(z.array(z.string())),
});
export type ReportRequest = z.infer<typeof reportRequest>;

/** Any non-2xx answer of the host backend, when it has a body the package can read. */
export const hostErrorBody = z.looseObject({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
  }),
});
export type HostErrorBody = z.infer<typeof hostErrorBody>;
