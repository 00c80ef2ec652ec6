/**
 * A date field in the element's locale: a text input that shows and reads `31.12.2026` in a German
 * report and `12/31/2026` in an American one, whatever language the browser speaks (a native
 * `<input type=date>` follows the browser's). What the person types stays as typed until it is a
 * date: a date that cannot be read, does not exist or lies outside the report's days marks the
 * field `aria-invalid` with a message saying why, and changes nothing; a valid one goes to
 * `onDate` as `YYYY-MM-DD`. A calendar button opens the browser's own picker through a native date
 * input kept out of sight and out of the tab order, where the browser has `showPicker()`.
 *
 * A directive, so the typed text and its problem live with the field between the report's
 * renders and go when the field does: the report keeps only valid dates.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { dateInputPattern, datePlaceholder, formatDateInput, outOfBounds, parseDateInput, type DateInputPattern } from '../format/date-input.js';
import type { DisplayMessages } from '../i18n/display-messages.js';
import { dateFieldWords } from '../i18n/en-date-field.js';

export interface DateFieldView {
  /** The input's id, unique in the report; the message's is derived from it. */
  id: string;
  label: string;
  /** The date shown, `YYYY-MM-DD`. */
  value: string | undefined;
  /** The first and last day the field accepts. */
  min?: string | undefined;
  max?: string | undefined;
  locale: string;
  messages: DisplayMessages;
  /** A valid date the person entered, or `undefined` when they emptied the field. */
  onDate: (iso: string | undefined) => void;
}

type Problem = { kind: 'format' | 'no-such-day' } | { kind: 'before' | 'after'; bound: string };

const calendarIcon = svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/></svg>`;

const canShowPicker = typeof HTMLInputElement !== 'undefined' && 'showPicker' in HTMLInputElement.prototype;

function problemText(problem: Problem, pattern: DateInputPattern, messages: DisplayMessages): string {
  const words = dateFieldWords(messages).dateField;
  switch (problem.kind) {
    case 'format':
      return words.format(datePlaceholder(pattern, words.letters));
    case 'no-such-day':
      return words.noSuchDay;
    case 'before':
      return words.before(formatDateInput(problem.bound, pattern));
    case 'after':
      return words.after(formatDateInput(problem.bound, pattern));
  }
}

class DateFieldDirective extends AsyncDirective {
  private field?: DateFieldView;
  /** What the input shows: the value written in the locale, or what the person typed. */
  private text = '';
  private problem?: Problem;
  /** The value and locale `text` was written from; the input follows a new one. */
  private shown?: { value: string | undefined; locale: string };

  render(field: DateFieldView): TemplateResult {
    this.follow(field);
    return this.template(field);
  }

  /** A value or locale from outside replaces whatever was typed: the field shows what the report shows. */
  private follow(field: DateFieldView): void {
    this.field = field;
    if (this.shown && this.shown.value === field.value && this.shown.locale === field.locale) return;
    this.shown = { value: field.value, locale: field.locale };
    this.text = field.value ? formatDateInput(field.value, dateInputPattern(field.locale)) : '';
    this.problem = undefined;
  }

  private commit(text: string): void {
    const field = this.field;
    if (!field) return;
    const pattern = dateInputPattern(field.locale);
    const result = parseDateInput(text, pattern);
    this.text = text;
    this.problem = undefined;
    if (result.kind === 'invalid') {
      this.problem = { kind: result.reason };
    } else if (result.kind === 'date') {
      const outside = outOfBounds(result.iso, field.min, field.max);
      if (outside) this.problem = { kind: outside, bound: (outside === 'before' ? field.min : field.max) ?? result.iso };
      else this.text = formatDateInput(result.iso, pattern);
    }
    if (this.problem) {
      this.setValue(this.template(field));
      return;
    }
    // Whatever the report makes of it (an emptied field falls back to the report's first or
    // last day) comes back as the next value, which the field then shows.
    this.shown = undefined;
    this.setValue(this.template(field));
    field.onDate(result.kind === 'date' ? result.iso : undefined);
  }

  /** What is typed is the field's text: a render of the report while the person types keeps it. */
  private readonly onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
  };

  private readonly onChange = (event: Event): void => {
    this.commit((event.target as HTMLInputElement).value);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') this.commit((event.target as HTMLInputElement).value);
  };

  private readonly onPicked = (event: Event): void => {
    const iso = (event.target as HTMLInputElement).value;
    if (iso && this.field) this.commit(formatDateInput(iso, dateInputPattern(this.field.locale)));
  };

  private readonly openPicker = (event: Event): void => {
    const box = (event.currentTarget as HTMLElement).parentElement;
    const picker = box?.querySelector<HTMLInputElement>('input[type="date"]');
    try {
      picker?.showPicker();
    } catch {
      // No picker here (a cross-origin frame, say): typing is the way.
      box?.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
    }
  };

  private template({ id, label, value, min, max, locale, messages }: DateFieldView): TemplateResult {
    const words = dateFieldWords(messages);
    const pattern = dateInputPattern(locale);
    const problem = this.problem;
    const problemId = `${id}-problem`;
    return html`<div class="date-field">
      <label for=${id}>${label}</label>
      <div class="date-box">
        <input
          id=${id}
          type="text"
          autocomplete="off"
          spellcheck="false"
          placeholder=${datePlaceholder(pattern, words.dateField.letters)}
          .value=${live(this.text)}
          aria-invalid=${ifDefined(problem ? 'true' : undefined)}
          aria-describedby=${ifDefined(problem ? problemId : undefined)}
          @input=${this.onInput}
          @change=${this.onChange}
          @keydown=${this.onKeyDown}
        />
        ${canShowPicker
          ? html`<button type="button" class="calendar" aria-label=${words.dateField.calendar(label)} @click=${this.openPicker}>${calendarIcon}</button>
              <input type="date" class="date-picker" tabindex="-1" aria-hidden="true" .value=${live(value ?? '')} min=${ifDefined(min)} max=${ifDefined(max)} @change=${this.onPicked} />`
          : nothing}
      </div>
      ${problem ? html`<p id=${problemId} class="date-problem" role="alert">${problemText(problem, pattern, messages)}</p>` : nothing}
    </div>`;
  }
}

/** `${dateField({ id, label, value, min, max, locale, messages, onDate })}` in a report's template. */
export const dateField = directive(DateFieldDirective);
