/**
 * XS2A flows (Klarna's "Flow" page) and the insights-refresh flow (Klarna's "Insights-Refresh
 * flow" page).
 */
import * as z from 'zod/mini';
import { dataEnvelope, id, isoDate, matching, maybe, nonEmptyString, positiveInteger, refinement } from './common.js';

/**
 * ABORTED, EXCEPTION and FINISHED are terminal: the flow cannot change any more. INITIALIZED and
 * INTERRUPTED appear in Klarna's older flow documentation; they are read as still running.
 */
export const flowStates = ['INITIALIZED', 'PROCESSING', 'CONSUMER_INPUT_NEEDED', 'INTERRUPTED', 'FINISHED', 'ABORTED', 'EXCEPTION'] as const;
export const flowState = /* @__PURE__ */ z.enum(flowStates);
export type FlowState = z.infer<typeof flowState>;

const terminalStates: ReadonlySet<FlowState> = new Set(['FINISHED', 'ABORTED', 'EXCEPTION']);
export const isTerminalFlowState = (state: FlowState): boolean => terminalStates.has(state);

/**
 * Which accounts to refresh (Klarna's "Insights-Refresh" page, `RefreshFlowAccounts`): absent or
 * empty, the consumer picks one; `all: true` with no ids or IBANs, every account; ids or IBANs
 * with `all` unset or false, those accounts. "Other combinations will result in validation
 * errors": so does any other field.
 */
export const refreshFlowAccounts = /* @__PURE__ */ z
  .strictObject({
    ids: maybe(z.array(id)),
    ibans: maybe(z.array(id)),
    all: maybe(z.boolean()),
  })
  .check(
    refinement((accounts) => accounts.all !== true || ((accounts.ids ?? []).length === 0 && (accounts.ibans ?? []).length === 0), '`all: true` selects every account: it takes no ids or ibans', {
      path: ['all'],
    }),
  );
export type RefreshFlowAccounts = z.infer<typeof refreshFlowAccounts>;

/** A report module's name, e.g. `CATEGORIZED_TRANSACTIONSV2`: Klarna adds modules, so any such name passes. */
export const reportModuleName = /* @__PURE__ */ matching(/^[A-Z][A-Z0-9_]*$/, 'expected a report module type such as CATEGORIZED_TRANSACTIONSV2');

/**
 * One of the report modules a refresh is meant for: Klarna fetches only the bank data they need.
 * The "Insights-Refresh" page types the field `Array<IntendedReport>`, an object type as
 * `Array<ModularReport>` is on the "Modular Report Creation" page, whose elements the "Quick
 * Start Guide for Insights" spells `{ "type": "CATEGORIZED_TRANSACTIONSV2" }`; plain strings are
 * typed `Array<String>` on the same pages.
 */
export const intendedReport = /* @__PURE__ */ z.looseObject({ type: reportModuleName });
export type IntendedReport = z.infer<typeof intendedReport>;

/** Body of `PUT <session.flows.insights_refresh>` (Klarna's "Insights-Refresh" page). */
export const insightsRefreshFlowRequest = /* @__PURE__ */ z.looseObject({
  intended_reports: maybe(z.array(intendedReport)),
  from_date: maybe(isoDate),
  to_date: maybe(isoDate),
  accounts: maybe(refreshFlowAccounts),
  insights_consumer_id: maybe(z.string()),
  refresh_days: maybe(positiveInteger),
  data_retention_minutes: maybe(positiveInteger),
});
export type InsightsRefreshFlowRequest = z.infer<typeof insightsRefreshFlowRequest>;

/** The `201` answer to starting any flow. */
export const flowCreated = /* @__PURE__ */ z.looseObject({
  flow_id: id,
  state: flowState,
  self: z.string(),
  client_token: nonEmptyString,
});
export const flowCreateResponse = /* @__PURE__ */ dataEnvelope(flowCreated);
export type FlowCreated = z.infer<typeof flowCreated>;

/** A finished insights-refresh: who the data belongs to and which accounts were refreshed. */
export const insightsRefreshResult = /* @__PURE__ */ z.looseObject({
  type: z.literal('insights_refresh'),
  insights_consumer_id: id,
  accounts: z.array(
    z.looseObject({
      insights_account_id: id,
      iban: maybe(z.string()),
    }),
  ),
});
export type InsightsRefreshResult = z.infer<typeof insightsRefreshResult>;

/** What a flow that ended in EXCEPTION says about why, e.g. `TECHNICAL`. */
export const flowErrorResult = /* @__PURE__ */ z.looseObject({
  type: z.literal('error'),
  category: z.string(),
  message: z.string(),
});
export type FlowErrorResult = z.infer<typeof flowErrorResult>;

/** Results of the other flow types (accounts, transactions, …): kept as Klarna sent them. */
export const otherFlowResult = /* @__PURE__ */ z.looseObject({
  type: z.literal(['accounts', 'account_details', 'balances', 'transactions', 'transfer']),
});

/**
 * The options' `type`s are distinct literals, so a malformed insights result matches no option
 * and is rejected, not taken for another kind; the deepest failing option names the field (see
 * `parsePayload`). A plain union, as `z.discriminatedUnion` adds about 0.5 kB gzip to a page with
 * only the connect button.
 */
export const flowResult = /* @__PURE__ */ z.union([insightsRefreshResult, flowErrorResult, otherFlowResult]);
export type FlowResult = z.infer<typeof flowResult>;

/** `GET <flow.self>`: the state and, once there is one, the result. */
export const flowInfo = /* @__PURE__ */ z.looseObject({
  state: flowState,
  result: maybe(flowResult),
  client_token: maybe(z.string()),
  flow_id: maybe(z.string()),
});
export const flowInfoResponse = /* @__PURE__ */ dataEnvelope(flowInfo);
export type FlowInfo = z.infer<typeof flowInfo>;
