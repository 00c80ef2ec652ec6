const countFormats = new Map<string, Intl.NumberFormat>();

/** A count with the language's digit grouping: 100,000 · 100.000 · 100 000. */
export function counted(language: string, count: number): string {
  let format = countFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    countFormats.set(language, format);
  }
  return format.format(count);
}
