/** The boundary: a payload from the network either matches its schema or becomes one typed error. */
import type * as z from 'zod/mini';
import { Xs2aError } from '../errors.js';

/** `['data', 'accounts', 0, 'id']` → `data.accounts[0].id`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

/** Kept short: a huge payload must not yield a huge message. */
const maxIssuesInMessage = 3;

/**
 * Parses `value` with `schema`, or throws an {@link Xs2aError} with code `invalid-response` whose
 * message names what was being read and where it failed, e.g.
 * `Invalid report at data.accounts[0].transactions[3].date: Invalid ISO date`.
 */
export function parsePayload<T extends z.ZodMiniType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0];
  const path = first ? formatIssuePath(first.path) : '(root)';
  const details = issues
    .slice(0, maxIssuesInMessage)
    .map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`)
    .join('; ');
  const more = issues.length > maxIssuesInMessage ? ` (and ${issues.length - maxIssuesInMessage} more)` : '';
  throw new Xs2aError('invalid-response', `Invalid ${what} at ${details}${more}`, { path, cause: result.error });
}
