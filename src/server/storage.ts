/**
 * The part of an unstorage `Storage` the backend uses. Naming it here, instead of importing
 * unstorage's `Storage` type, keeps the package's declarations free of unstorage's driver
 * declarations, which name every optional driver's SDK and fail a host's `skipLibCheck: false`.
 * Any `createStorage()` result fits it.
 */
export interface BackendStorage {
  getItem(key: string): Promise<unknown>;
  getItems(keys: string[]): Promise<{ key: string; value: unknown }[]>;
  setItem(key: string, value: unknown, options?: { ttl?: number }): Promise<void>;
  removeItem(key: string): Promise<void>;
  getKeys(base?: string): Promise<string[]>;
  /** Which driver holds `key`: claims use the driver's own atomic step where it has one. */
  getMount(key?: string): { base: string; driver: { name?: string; options?: unknown; getInstance?: () => unknown } };
}
