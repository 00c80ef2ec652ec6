/**
 * A custom period's From and To, in the element's locale: the report loads this module (and the
 * date fields it uses) only when the person picks "Custom dates", as most never do.
 */
import { html, type TemplateResult } from 'lit';
import { dateFieldWords } from '../i18n/en-date-field.js';
import { dateField } from './date-field.js';
import type { Localized, ToolbarActions, ToolbarView } from './report-toolbar.js';

export { customPeriodStyles as styles } from './custom-period.styles.js';

/**
 * From and To side by side, each within the report's days and on its side of the other: a From
 * after the To would show an empty report with nothing to say why.
 */
export function renderCustomPeriod({ range, span }: Pick<ToolbarView, 'range' | 'span'>, actions: Pick<ToolbarActions, 'customPeriod'>, { locale, messages }: Pick<Localized, 'locale' | 'messages'>): TemplateResult {
  const words = dateFieldWords(messages);
  return html`<div class="dates" role="group" aria-label=${messages.periodCustom}>
    ${dateField({
      id: 'report-from-date',
      label: words.fromDate,
      value: range.from,
      min: span.from,
      max: range.to ?? span.to,
      locale,
      messages,
      onDate: (from) => {
        actions.customPeriod({ from });
      },
    })}
    ${dateField({
      id: 'report-to-date',
      label: words.toDate,
      value: range.to,
      min: range.from ?? span.from,
      max: span.to,
      locale,
      messages,
      onDate: (to) => {
        actions.customPeriod({ to });
      },
    })}
  </div>`;
}
