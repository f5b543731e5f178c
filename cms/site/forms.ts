/**
 * The site's plain HTML forms (CM1, YSR-E1, ALL-SAT): fields with their label, hint and the field's own
 * error beside it (`aria-invalid`, `aria-describedby`), and an error summary at the top that takes the
 * focus when the form comes back, linking each message to its field. No script: the server re-renders
 * the form with what was submitted.
 */
import type { Context } from 'koa';
import { html, type Html } from './html';
import { pick, type Lang, type Text } from './i18n';

export type FormValues = Record<string, string>;
/** Field name → the message shown beside it, in the page's language. */
export type FieldMessages = Record<string, string>;

const T = {
  summary: { ar: 'يرجى تصحيح ما يلي:', en: 'Please correct the following:' },
  required: { ar: '(مطلوب)', en: '(required)' },
} satisfies Record<string, Text>;

/** The text fields of a posted form (urlencoded or multipart); a repeated name keeps its first value. */
export const formValuesOf = (ctx: Context): FormValues => {
  const body = ((ctx.request as { body?: unknown }).body ?? {}) as Record<string, unknown>;
  const values: FormValues = {};
  for (const [name, value] of Object.entries(body)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') values[name] = first;
  }
  return values;
};

/** The named fields that were filled, trimmed of nothing (the schemas trim): an empty field is left out. */
export const filled = (values: FormValues, names: readonly string[]): Record<string, string> =>
  Object.fromEntries(names.filter((n) => values[n] !== undefined && values[n] !== '').map((n) => [n, values[n]]));

type Described = { details?: { errors?: Array<{ field?: string; messageAr?: string; messageEn?: string }> } };

/**
 * A service's field errors as messages per form field; `fieldOf` maps a service's path to the form's
 * field (`attachments.1` → `attachments`). Null when the error carries no field error (not a form fault).
 */
export const fieldMessagesOf = (
  lang: Lang,
  error: unknown,
  fieldOf: (path: string) => string = (path) => path,
): FieldMessages | null => {
  const list = (error as Described)?.details?.errors ?? [];
  if (!list.length) return null;
  const messages: FieldMessages = {};
  for (const e of list) {
    const field = fieldOf(e.field ?? 'body');
    const message = (lang === 'ar' ? e.messageAr : e.messageEn) ?? '';
    messages[field] = messages[field] ? `${messages[field]} ${message}` : message;
  }
  return messages;
};

export const fieldId = (name: string): string => `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
const errorId = (name: string): string => `${fieldId(name)}-error`;

/** The summary at the top of a form sent back: focused on load (autofocus), each message a link to its field. */
export const errorSummary = (lang: Lang, errors: FieldMessages | null, labels: Record<string, string>): Html => {
  if (!errors || !Object.keys(errors).length) return html``;
  return html`<div class="error" id="error-summary" role="alert" tabindex="-1" autofocus>
    <h2>${pick(lang, T.summary)}</h2>
    <ul>
      ${Object.entries(errors).map(
        ([name, message]) => html`<li><a href="#${fieldId(name)}">${labels[name] ?? name}: ${message}</a></li>`,
      )}
    </ul>
  </div>`;
};

export type FieldSpec = {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'tel' | 'email' | 'date' | 'password';
  autocomplete?: string;
  inputmode?: 'numeric' | 'tel' | 'email';
  dir?: 'ltr' | 'rtl';
  maxlength?: number;
};

const described = (f: { name: string; hint?: string }, error: string | undefined): string =>
  [f.hint ? `${fieldId(f.name)}-hint` : '', error ? errorId(f.name) : ''].filter(Boolean).join(' ');

const labelOf = (lang: Lang, f: FieldSpec, error: string | undefined) =>
  html`<label for="${fieldId(f.name)}"
      >${f.label} ${f.required ? html`<span class="hint-inline">${pick(lang, T.required)}</span>` : ''}
      ${f.hint ? html`<span class="hint" id="${fieldId(f.name)}-hint">${f.hint}</span>` : ''}</label
    >${error ? html`<span class="field-error" id="${errorId(f.name)}">${error}</span>` : ''}`;

const aria = (f: FieldSpec, error: string | undefined) => {
  const by = described(f, error);
  return html`${error ? html` aria-invalid="true"` : ''}${by ? html` aria-describedby="${by}"` : ''}${f.required ? html` required` : ''}`;
};

export const inputField = (lang: Lang, f: FieldSpec, values: FormValues, errors: FieldMessages | null): Html => {
  const error = errors?.[f.name];
  return html`${labelOf(lang, f, error)}<input
      id="${fieldId(f.name)}"
      name="${f.name}"
      type="${f.type ?? 'text'}"
      value="${values[f.name] ?? ''}"
      ${f.autocomplete ? html`autocomplete="${f.autocomplete}"` : ''}
      ${f.inputmode ? html`inputmode="${f.inputmode}"` : ''}
      ${f.dir ? html`dir="${f.dir}"` : ''}
      ${f.maxlength ? html`maxlength="${f.maxlength}"` : ''}
      ${aria(f, error)}
    />`;
};

export const textareaField = (lang: Lang, f: FieldSpec, values: FormValues, errors: FieldMessages | null): Html => {
  const error = errors?.[f.name];
  return html`${labelOf(lang, f, error)}<textarea
      id="${fieldId(f.name)}"
      name="${f.name}"
      ${f.maxlength ? html`maxlength="${f.maxlength}"` : ''}
      ${aria(f, error)}
    >
${values[f.name] ?? ''}</textarea>`;
};

export type Option = { value: string; label: string };

export const selectField = (
  lang: Lang,
  f: FieldSpec & { options: Option[]; empty?: string },
  values: FormValues,
  errors: FieldMessages | null,
): Html => {
  const error = errors?.[f.name];
  return html`${labelOf(lang, f, error)}<select id="${fieldId(f.name)}" name="${f.name}" ${aria(f, error)}>
      ${f.empty !== undefined ? html`<option value="">${f.empty}</option>` : ''}
      ${f.options.map(
        (o) => html`<option value="${o.value}" ${values[f.name] === o.value ? html`selected` : ''}>${o.label}</option>`,
      )}
    </select>`;
};

/** Radio buttons in a fieldset whose legend is the question; the error sits under the legend. */
export const radioGroup = (
  f: { name: string; label: string; required?: boolean; options: Option[] },
  values: FormValues,
  errors: FieldMessages | null,
): Html => {
  const error = errors?.[f.name];
  return html`<fieldset id="${fieldId(f.name)}" ${error ? html`aria-describedby="${errorId(f.name)}"` : ''}>
    <legend>${f.label}</legend>
    ${error ? html`<span class="field-error" id="${errorId(f.name)}">${error}</span>` : ''}
    ${f.options.map(
      (o, i) =>
        html`<label class="choice" for="${fieldId(f.name)}-${i}"
          ><input
            type="radio"
            id="${fieldId(f.name)}-${i}"
            name="${f.name}"
            value="${o.value}"
            ${values[f.name] === o.value ? html`checked` : ''}
            ${f.required ? html`required` : ''}
          />${o.label}</label
        >`,
    )}
  </fieldset>`;
};

/** A checkbox with its label after it; checked when the posted value was `on` (or when `checked`). */
export const checkboxField = (
  f: { name: string; label: string; hint?: string },
  values: FormValues,
  errors: FieldMessages | null,
): Html => {
  const error = errors?.[f.name];
  return html`${error ? html`<span class="field-error" id="${errorId(f.name)}">${error}</span>` : ''}<label
      class="choice"
      for="${fieldId(f.name)}"
      ><input
        type="checkbox"
        id="${fieldId(f.name)}"
        name="${f.name}"
        ${values[f.name] === 'on' ? html`checked` : ''}
        ${error ? html`aria-invalid="true" aria-describedby="${errorId(f.name)}"` : ''}
      />${f.label}</label
    >${f.hint ? html`<span class="hint">${f.hint}</span>` : ''}`;
};
