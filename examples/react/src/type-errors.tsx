/**
 * Mistakes the package's types catch, for the wrappers and for raw tags (`xs2a-elements/jsx`).
 * Not part of the app: `npm run typecheck` fails if any line marked below compiles.
 */
import type {} from 'xs2a-elements/jsx';
import { Xs2aConnect, Xs2aReport } from 'xs2a-elements/react';

export const mistakes = (
  <>
    {/* @ts-expect-error a misspelled property */}
    <Xs2aConnect endpont="/api" />
    {/* @ts-expect-error a value the attribute does not take */}
    <Xs2aReport theme="blue" />
    <Xs2aConnect
      endpoint="/api"
      // @ts-expect-error a detail field the event does not have
      onXs2aFinished={(event) => event.detail.flowid}
    />
    {/* @ts-expect-error a misspelled property on the raw tag */}
    <xs2a-connect endpont="/api" />
    {/* @ts-expect-error a value the raw tag's attribute does not take */}
    <xs2a-report theme="blue" />
    <xs2a-report
      // @ts-expect-error a detail field the raw tag's event does not have
      onxs2a-transaction-select={(event) => event.detail.transactions}
    />
  </>
);
