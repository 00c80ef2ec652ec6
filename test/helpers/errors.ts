/**
 * Expecting a failure: what a promise rejects with, or what a call throws. For unit tests (in
 * Node and the browser) and browser tests alike, so no DOM here.
 */
import { expect } from 'chai';

type ErrorClass<E> = abstract new (...args: never[]) => E;

/** What `promise` rejects with, checked to be a `type` when given; fails when it fulfils. */
export async function rejection<E = unknown>(promise: Promise<unknown>, type?: ErrorClass<E>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (type) expect(error).to.be.instanceOf(type);
    return error as E;
  }
  throw new Error('expected a rejection');
}

/** What `run` throws, checked to be a `type` when given; fails when it returns. */
export function thrown<E = unknown>(run: () => unknown, type?: ErrorClass<E>): E {
  try {
    run();
  } catch (error) {
    if (type) expect(error).to.be.instanceOf(type);
    return error as E;
  }
  throw new Error('expected an error to be thrown');
}
