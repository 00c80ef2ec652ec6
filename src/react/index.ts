'use client';
/**
 * React wrappers of every element, made with `@lit/react`: properties (objects included) are set
 * on the element rather than turned into attributes, and events are props named `onXs2a…` whose
 * argument is the package's event class. Importing this module registers every tag.
 *
 * Server rendering (Next.js app router): the wrapper renders the bare tag on the server and sets
 * the element's properties in a layout effect after hydration, so objects given on the first
 * render (`report`, `flowOptions`) reach the element without a second render. `@lit/react` also
 * suppresses the hydration warning for the attributes an element reflects once it upgrades, such
 * as `<xs2a-connect state="idle">`.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../define.js';
import { Xs2aAffordability as Xs2aAffordabilityElement } from '../affordability/xs2a-affordability.js';
import { Xs2aBalanceChart as Xs2aBalanceChartElement } from '../balance-chart/xs2a-balance-chart.js';
import { Xs2aCashFlow as Xs2aCashFlowElement } from '../cash-flow/xs2a-cash-flow.js';
import type { Xs2aCategorySelectEvent } from '../category-chart/events.js';
import { Xs2aCategoryChart as Xs2aCategoryChartElement } from '../category-chart/xs2a-category-chart.js';
import { Xs2aCommitments as Xs2aCommitmentsElement } from '../commitments/xs2a-commitments.js';
import type {
  Xs2aAbortEvent,
  Xs2aCloseEvent,
  Xs2aErrorEvent,
  Xs2aFinishedEvent,
  Xs2aReadyEvent,
  Xs2aStateChangeEvent,
} from '../connect/events.js';
import { Xs2aConnect as Xs2aConnectElement } from '../connect/xs2a-connect.js';
import type { Xs2aReportLoadEvent } from '../report/events.js';
import { Xs2aReport as Xs2aReportElement } from '../report/xs2a-report.js';
import type { Xs2aTransactionSelectEvent } from '../transaction-list/events.js';
import { Xs2aTransactionList as Xs2aTransactionListElement } from '../transaction-list/xs2a-transaction-list.js';
import type { Xs2aDetailCloseEvent } from '../transaction-detail/events.js';
import { Xs2aTransactionDetail as Xs2aTransactionDetailElement } from '../transaction-detail/xs2a-transaction-detail.js';

/** `<xs2a-connect>`: `onXs2aStateChange`, `onXs2aReady`, `onXs2aFinished`, `onXs2aAbort`, `onXs2aError`, `onXs2aClose`. */
export const Xs2aConnect = createComponent({
  react: React,
  tagName: 'xs2a-connect',
  elementClass: Xs2aConnectElement,
  displayName: 'Xs2aConnect',
  events: {
    onXs2aStateChange: 'xs2a-state-change' as EventName<Xs2aStateChangeEvent>,
    onXs2aReady: 'xs2a-ready' as EventName<Xs2aReadyEvent>,
    onXs2aFinished: 'xs2a-finished' as EventName<Xs2aFinishedEvent>,
    onXs2aAbort: 'xs2a-abort' as EventName<Xs2aAbortEvent>,
    onXs2aError: 'xs2a-error' as EventName<Xs2aErrorEvent>,
    onXs2aClose: 'xs2a-close' as EventName<Xs2aCloseEvent>,
  },
});

/** `<xs2a-report>`: `onXs2aReportLoad`, `onXs2aError`, `onXs2aTransactionSelect`. */
export const Xs2aReport = createComponent({
  react: React,
  tagName: 'xs2a-report',
  elementClass: Xs2aReportElement,
  displayName: 'Xs2aReport',
  events: {
    onXs2aReportLoad: 'xs2a-report-load' as EventName<Xs2aReportLoadEvent>,
    onXs2aError: 'xs2a-error' as EventName<Xs2aErrorEvent>,
    onXs2aTransactionSelect: 'xs2a-transaction-select' as EventName<Xs2aTransactionSelectEvent>,
  },
});

/** `<xs2a-transaction-list>`: `onXs2aTransactionSelect`. */
export const Xs2aTransactionList = createComponent({
  react: React,
  tagName: 'xs2a-transaction-list',
  elementClass: Xs2aTransactionListElement,
  displayName: 'Xs2aTransactionList',
  events: {
    onXs2aTransactionSelect: 'xs2a-transaction-select' as EventName<Xs2aTransactionSelectEvent>,
  },
});

/** `<xs2a-transaction-detail>`: `onXs2aDetailClose`. */
export const Xs2aTransactionDetail = createComponent({
  react: React,
  tagName: 'xs2a-transaction-detail',
  elementClass: Xs2aTransactionDetailElement,
  displayName: 'Xs2aTransactionDetail',
  events: {
    onXs2aDetailClose: 'xs2a-detail-close' as EventName<Xs2aDetailCloseEvent>,
  },
});

/** `<xs2a-category-chart>`: `onXs2aCategorySelect`. */
export const Xs2aCategoryChart = createComponent({
  react: React,
  tagName: 'xs2a-category-chart',
  elementClass: Xs2aCategoryChartElement,
  displayName: 'Xs2aCategoryChart',
  events: {
    onXs2aCategorySelect: 'xs2a-category-select' as EventName<Xs2aCategorySelectEvent>,
  },
});

/** `<xs2a-balance-chart>`: no events. */
export const Xs2aBalanceChart = createComponent({
  react: React,
  tagName: 'xs2a-balance-chart',
  elementClass: Xs2aBalanceChartElement,
  displayName: 'Xs2aBalanceChart',
});

/** `<xs2a-cash-flow>`: no events. */
export const Xs2aCashFlow = createComponent({
  react: React,
  tagName: 'xs2a-cash-flow',
  elementClass: Xs2aCashFlowElement,
  displayName: 'Xs2aCashFlow',
});

/** `<xs2a-commitments>`: no events. */
export const Xs2aCommitments = createComponent({
  react: React,
  tagName: 'xs2a-commitments',
  elementClass: Xs2aCommitmentsElement,
  displayName: 'Xs2aCommitments',
});

/** `<xs2a-affordability>`: no events. */
export const Xs2aAffordability = createComponent({
  react: React,
  tagName: 'xs2a-affordability',
  elementClass: Xs2aAffordabilityElement,
  displayName: 'Xs2aAffordability',
});
