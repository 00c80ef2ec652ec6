/** Every Klarna payload and host-backend message the package reads or writes, as zod/mini schemas. */
export * from './common.js';
export * from './sessions.js';
export * from './flows.js';
export * from './transactions.js';
export * from './host-backend.js';
export * from './categorized-transaction.js';
export * from './reports.js';
export * from './launcher.js';
