/**
 * The public site's HTML: a tagged template that escapes every interpolated value unless it is already
 * `Html` (a fragment built by this template or by `raw` for sanitised markup). Strings from the database
 * (names, policy titles, channel descriptions) can never inject markup.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

const render = (part: Part): string => {
  if (part === null || part === undefined || part === false || part === true) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
};

/** `html\`<p>${name}</p>\``: `name` is escaped; arrays are joined; null, undefined and booleans render nothing. */
export const html = (strings: TemplateStringsArray, ...values: Part[]): Html =>
  new Html(strings.reduce((out, text, i) => out + text + (i < values.length ? render(values[i]) : ''), ''));

/** Markup that is already safe (sanitised rich text, a fixed SVG): inserted as is. */
export const raw = (markup: string): Html => new Html(markup);
