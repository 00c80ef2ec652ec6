/**
 * A part of the display elements' words that travels with the code that shows it (the filter
 * controls, the custom dates, the CSV export, the views, the detail), so that a report page does
 * not carry the words of what it may never show. An element's catalog (`LocalizeController`) has
 * the English words every display element shows at once, or another language's whole catalog
 * once loaded; a part's code reads its words from either through the part's accessor.
 */
import { displayMessages, type DisplayMessages } from './en-display.js';
import type { Messages } from './en.js';

/**
 * The accessor of a part: its English words when `messages` is the English catalog the elements
 * have at once, else the part of `messages`, a language's whole catalog (German and Swedish load
 * whole, and `messagesFor` gives whole catalogs too).
 */
export const wordsPart =
  <Part>(english: Part, pick: (messages: Messages) => Part) =>
  (messages: DisplayMessages | Messages): Part =>
    messages === displayMessages ? english : pick(messages as Messages);
