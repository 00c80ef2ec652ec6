/** Text as a reader sees it, for unit and browser tests alike. */

/** `Intl` puts no-break and narrow no-break spaces in numbers and dates: plain spaces instead. */
export const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

/** Rendered text with plain spaces, each run of white space one space, trimmed; `''` for none. */
export const plain = (text: string | null | undefined): string => plainSpaces(text ?? '').replace(/\s+/g, ' ').trim();
