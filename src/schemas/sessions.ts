/**
 * XS2A sessions: `PUT /xs2a/v1/sessions` and `GET`/`DELETE` on the session's `self` (Klarna's
 * "Quick Start Guide for Insights").
 */
import * as z from 'zod/mini';
import { dataEnvelope, id, maybe, psu } from './common.js';

/** What a session may be used for; only `insights_refresh` matters to this package. */
export const consentScope = z.looseObject({
  insights_refresh: maybe(z.looseObject({})),
  accounts: maybe(z.looseObject({})),
  balances: maybe(z.looseObject({})),
  transactions: maybe(z.looseObject({})),
});

export const sessionCreateRequest = z.looseObject({
  language: maybe(z.string()),
  psu,
  consent_scope: maybe(consentScope),
  /** Where a bank's redirect returns the consumer (Klarna's "Redirects in Mobile Apps" page). */
  redirect_return_url: maybe(z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' })),
});
export type SessionCreateRequest = z.infer<typeof sessionCreateRequest>;

/** Links to start each kind of flow; `insights_refresh` lives under `/insights/v1/…`. */
export const sessionFlows = z.looseObject({
  insights_refresh: maybe(z.string()),
  accounts: maybe(z.string()),
  account_details: maybe(z.string()),
  balances: maybe(z.string()),
  transactions: maybe(z.string()),
  transfer: maybe(z.string()),
});

export const sessionCreated = z.looseObject({
  session_id: id,
  session_id_short: maybe(z.string()),
  self: z.string(),
  flows: sessionFlows,
  /** Where to fetch the consent (Klarna's "Consents" page); present when a consent scope was asked for. */
  consent: maybe(z.string()),
});
export const sessionCreateResponse = dataEnvelope(sessionCreated);
export type SessionCreateResponse = z.infer<typeof sessionCreateResponse>;

/** A session is IDLE between flows, RUNNING during one, and CLOSED once deleted. */
export const sessionStates = ['IDLE', 'RUNNING', 'CLOSED'] as const;
export const sessionState = z.enum(sessionStates);

/** A flow as GET session lists it (the goodlife Android models: `flow_id`, `url`, `type`). */
export const sessionFlowRef = z.looseObject({
  flow_id: z.string(),
  url: maybe(z.string()),
  type: maybe(z.string()),
});

export const sessionInfo = z.looseObject({
  session_id: maybe(z.string()),
  state: z.string(),
  self: maybe(z.string()),
  flows: maybe(sessionFlows),
  /** The bank the consumer logged in to, once known (alyf-de/banking reads `bank_name`). */
  bank: maybe(z.looseObject({ bank_name: maybe(z.string()), bank_code: maybe(z.string()), country_code: maybe(z.string()) })),
  current_flow: maybe(sessionFlowRef),
  previous_flows: maybe(z.array(sessionFlowRef)),
});
export const sessionInfoResponse = dataEnvelope(sessionInfo);
export type SessionInfoResponse = z.infer<typeof sessionInfoResponse>;
