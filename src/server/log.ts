/** What the host backend tells its host about upstream calls and failures. Never a secret. */
export type HostLogLevel = 'info' | 'warn' | 'error';

export type HostLogger = (level: HostLogLevel, message: string) => void;

export const silentLogger: HostLogger = () => undefined;
