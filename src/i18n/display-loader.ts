/** The display elements' words (report, list, charts, views) in German and Swedish, imported on first use. */
import type { Messages } from './en.js';
import { wordsLoader } from './loader.js';

export const displayWords = wordsLoader<Messages>({
  de: async () => (await import('./de.js')).messages,
  sv: async () => (await import('./sv.js')).messages,
});
