/**
 * The test bank's usernames, as on Klarna's: the username picks what the bank does. Any
 * non-empty password is accepted.
 */

export const maxLoadTransactions = 100_000;

export type Scenario =
  | { kind: 'success'; slow: boolean; count?: number }
  | { kind: 'wrong-credentials' }
  | { kind: 'exception'; category: string; message: string };

/** The bank codes of the test bank; anything else is "no such bank". */
export const testBankCodes: readonly string[] = ['00000', '88888888'];

const loadPattern = /^transactions-(\d{1,6})$/;

export function scenarioFor(username: string): Scenario {
  const name = username.trim().toLowerCase();
  switch (name) {
    case 'acin-demo-data':
      return { kind: 'success', slow: false };
    case 'slow':
      return { kind: 'success', slow: true };
    case 'technical':
      return { kind: 'exception', category: 'TECHNICAL', message: 'Es ist ein interner technischer Fehler aufgetreten.' };
    case 'bank-technical':
      return { kind: 'exception', category: 'BANK_TECHNICAL', message: 'Es ist ein interner technischer Fehler bei Ihrer Bank aufgetreten.' };
    case 'bank-maintenance':
      return { kind: 'exception', category: 'BANK_MAINTENANCE', message: 'Ihre Bank ist wegen Wartungsarbeiten vorübergehend nicht erreichbar.' };
    default: {
      // `transactions-5000`: the demo consumer with exactly that many transactions.
      const match = loadPattern.exec(name);
      const count = match ? Number(match[1]) : Number.NaN;
      if (count >= 1 && count <= maxLoadTransactions) return { kind: 'success', slow: false, count };
      return { kind: 'wrong-credentials' };
    }
  }
}

/** Shown by the fake app under the login form. */
export const scenarioHint =
  'Test usernames: acin-demo-data (success), wrong, technical, bank-technical, bank-maintenance, slow, transactions-N (N up to 100000). Any password.';
