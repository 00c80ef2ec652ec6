/** Every way a run of the package can fail: the `code` of `xs2a-error` and of {@link Xs2aError}. */
export type Xs2aErrorEventCode =
  | 'config'
  | 'network'
  | 'http'
  | 'invalid-response'
  | 'launcher-load'
  | 'launcher-timeout'
  | 'launcher'
  | 'flow';

/**
 * `abort` is not a failure, so it is never the code of an `xs2a-error`: it is how `start()`
 * rejects when the run was aborted (by the consumer, `abort()` or removal).
 */
export type Xs2aErrorCode = Xs2aErrorEventCode | 'abort';

/**
 * The fields an error carries only when they apply, in one list: the error copies them from its
 * options, and `xs2a-error` from the error, each only when set.
 */
export const optionalErrorFields = ['status', 'flowId', 'category', 'path'] as const;

export interface Xs2aErrorOptions {
  status?: number;
  flowId?: string;
  /** Klarna's error category: of a flow that ended in EXCEPTION, or as the XS2A App reported it. */
  category?: string;
  /** Where a payload failed validation, e.g. `data.accounts[0].transactions[3].date`. */
  path?: string;
  cause?: unknown;
}

type OptionalErrorFields = Pick<Xs2aErrorOptions, (typeof optionalErrorFields)[number]>;

/** Copies the optional fields `from` has set onto `to`; absent stays absent, not `undefined`. */
export function copyDefined(to: OptionalErrorFields, from: OptionalErrorFields): void {
  for (const key of optionalErrorFields) if (from[key] !== undefined) (to as Record<string, unknown>)[key] = from[key];
}

/** The one error type the package throws and reports; `code` says what failed. */
export class Xs2aError extends Error {
  override readonly name = 'Xs2aError';
  readonly code: Xs2aErrorCode;
  readonly status?: number;
  /** Set by the element as soon as the flow is known. */
  flowId?: string;
  readonly category?: string;
  readonly path?: string;

  constructor(code: Xs2aErrorCode, message: string, options: Xs2aErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    copyDefined(this, options);
  }
}

export const isXs2aError = (value: unknown): value is Xs2aError => value instanceof Xs2aError;
