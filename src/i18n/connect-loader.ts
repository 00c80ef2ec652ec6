/** `<xs2a-connect>`'s words in German and Swedish, imported on first use. */
import type { ConnectMessages } from './connect-en.js';
import { wordsLoader } from './loader.js';

export const connectWords = wordsLoader<ConnectMessages>({
  de: async () => (await import('./connect-de.js')).connectMessages,
  sv: async () => (await import('./connect-sv.js')).connectMessages,
});
