/**
 * xs2a-elements: element classes, event classes, zod schemas, types and pure helpers.
 * Importing this module registers nothing; import `xs2a-elements/define.js` for the tags.
 */
export { Xs2aError, isXs2aError } from './errors.js';
export type { Xs2aErrorCode, Xs2aErrorOptions } from './errors.js';
export { defineElement } from './define-element.js';

export * from './schemas/index.js';
export { parsePayload, formatIssuePath } from './validation/parse-payload.js';

export type * from './model/report-model.js';

export { formatMoney, currencyFractionDigits, toMajorUnits, toMinorUnits } from './format/money.js';
export type { FormatMoneyOptions } from './format/money.js';
export { formatDate, formatDateTime, parseIsoDate, isValidIsoDate, toIsoDate } from './format/date.js';
export type { DateStyle } from './format/date.js';
export { groupIban, maskIban } from './format/iban.js';
export { toSafeHttpUrl } from './security/safe-url.js';
