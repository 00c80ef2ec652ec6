/** The boundary: a payload from the network either matches its schema or becomes one typed error. */
import type * as z from 'zod/mini';
import { Xs2aError } from '../errors.js';
import type { Xs2aErrorCode } from '../errors.js';

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

type Issue = z.core.$ZodIssue;

/**
 * A union that matched no option reports one issue at the union itself. The option the sender
 * meant says more than "Invalid input": not one whose fixed value (a `type` literal) differs, as
 * that names another kind; of the rest, the one that got furthest (the deepest issue path), then
 * the one with the fewest issues. Its issues are reported with their full paths.
 */
function specificIssues(issue: Issue): Issue[] {
  // A strict object names its unknown keys in one issue at the object: one issue per field path instead.
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ ...issue, path: [...issue.path, key], message: 'unknown field' }));
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  // A loop, not `Math.max(...paths)`: a branch can hold more issues than a call takes arguments.
  const depth = (issues: Issue[]): number => issues.reduce((deepest, nested) => Math.max(deepest, nested.path.length), 0);
  const otherKind = (issues: Issue[]): boolean => issues.some((nested) => nested.code === 'invalid_value');
  const likelier = (a: Issue[], b: Issue[]): boolean =>
    otherKind(a) !== otherKind(b) ? otherKind(b) : depth(a) !== depth(b) ? depth(a) > depth(b) : a.length <= b.length;
  const options = issue.errors.map((issues) => issues.flatMap(specificIssues));
  const best = options.reduce((a, b) => (likelier(a, b) ? a : b));
  if (best.length === 0 || depth(best) === 0) return [issue];
  return best.map((nested) => ({ ...nested, path: [...issue.path, ...nested.path] }));
}

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isNaN(value) ? 'NaN' : typeof value;

/**
 * zod/mini ships no message locale (it would cost bytes in every bundle), so its default message
 * is "Invalid input". This says what was expected instead, from the issue's own fields, for the
 * kinds of issue zod itself reports here: a wrong type, a value outside a literal set, a union
 * that matched nothing. Every other check the package's schemas make carries its own message
 * (`refinement` and `matching` in schemas/common.ts; zod's format and length checks are not used,
 * as they would put their kinds in the zod chunk of every page), and the schema tests hold every
 * schema to a message other than "Invalid input".
 */
export function describeIssue(issue: Issue): string {
  const received = 'input' in issue ? `, received ${typeOf(issue.input)}` : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined && 'input' in issue ? `required ${issue.expected} is missing` : `expected ${issue.expected}${received}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'matches none of the accepted shapes';
    default:
      return issue.message;
  }
}

/** Kept short: a huge payload must not yield a huge message. */
const maxIssuesInMessage = 3;

/** How the error of a payload that fails its schema is reported, when not as `invalid-response`. */
export interface PayloadErrorOptions {
  /** `config` for what the page set rather than what the network sent. */
  code?: Xs2aErrorCode;
  /** The HTTP status of the answer that carried the payload. */
  status?: number;
}

/**
 * Parses `value` with `schema`, or throws an {@link Xs2aError} (code `invalid-response` unless
 * `options.code` says otherwise) whose message names what was being read and where it failed,
 * e.g. `Invalid report at data.accounts[0].transactions[3].date: Invalid ISO date`.
 */
export function parsePayload<T extends z.ZodMiniType>(schema: T, value: unknown, what: string, { code = 'invalid-response', status }: PayloadErrorOptions = {}): z.infer<T> {
  let result;
  try {
    result = schema.safeParse(value, { reportInput: true });
  } catch (error) {
    // zod hands each object's issues up to its parent as spread arguments: a payload with some
    // hundred thousand invalid items overflows the stack before zod can report them. (A host
    // page's object can also throw from a getter.) Either way the payload cannot be read.
    const reason = error instanceof RangeError ? 'too many invalid values to list them' : `unreadable (${error instanceof Error ? error.message : String(error)})`;
    throw new Xs2aError(code, `Invalid ${what}: ${reason}`, { status, path: '(root)', cause: error });
  }
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap(specificIssues);
  const first = issues[0];
  const path = first ? formatIssuePath(first.path) : '(root)';
  const details = issues
    .slice(0, maxIssuesInMessage)
    .map((issue) => `${formatIssuePath(issue.path)}: ${issue.message === 'Invalid input' ? describeIssue(issue) : issue.message}`)
    .join('; ');
  const more = issues.length > maxIssuesInMessage ? ` (and ${issues.length - maxIssuesInMessage} more)` : '';
  throw new Xs2aError(code, `Invalid ${what} at ${details}${more}`, { status, path, cause: result.error });
}
