/**
 * Klarna's error categories ("Error Handling" page): six top-level groups, extended by dotted
 * subcategories such as `USER.ACCESS_DENIED.CREDENTIALS`.
 */
export const topLevelCategories = ['USER', 'BANK', 'TECHNICAL', 'NOT_SUPPORTED', 'MAINTENANCE', 'CONSENT'] as const;

/** The groups whose details the XS2A App (and the Auth API) does not show the consumer. */
const hiddenFromApp: ReadonlySet<string> = new Set(['TECHNICAL', 'NOT_SUPPORTED', 'MAINTENANCE']);

/**
 * The category as the XS2A App reports it: TECHNICAL, NOT_SUPPORTED and MAINTENANCE cut to their
 * top level, every other one in full. The flow API keeps the full category.
 */
export function appCategory(category: string): string {
  const top = category.split('.')[0] ?? category;
  return hiddenFromApp.has(top) ? top : category;
}
