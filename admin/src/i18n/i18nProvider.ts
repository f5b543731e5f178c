/**
 * Arabic by default, English as a switch. Switching the language also flips the page direction:
 * listeners (the RTL root) hear every locale change, including the one react-admin replays from its
 * store on start-up.
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { arabicMessages } from './ar';
import { englishAppMessages } from './en';

export type Locale = 'ar' | 'en';
type Listener = (locale: Locale) => void;
const listeners = new Set<Listener>();

export const onLocaleChange = (listener: Listener): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const directionOf = (locale: string): 'rtl' | 'ltr' => (locale === 'en' ? 'ltr' : 'rtl');

const catalogueOf = (locale: string) => (locale === 'en' ? englishAppMessages : arabicMessages);

const base = polyglotI18nProvider(catalogueOf, 'ar', [
  { locale: 'ar', name: 'العربية' },
  { locale: 'en', name: 'English' },
]);

const hasKey = (catalogue: object, key: string): boolean =>
  typeof key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      catalogue,
    ) === 'string';

/**
 * react-admin falls back to a humanised English field name when a label key is missing, which would
 * put English into the Arabic console silently; a missing key is reported on the browser console
 * (the e2e suite fails on any such report).
 */
// react-admin also probes optional per-resource overrides (resources.x.page.list, …) with a fallback.
const MUST_EXIST = /^(ra\.|wasl\.|enums\.|resources\.[\w-]+\.(name|fields\.))/;

const translate: typeof base.translate = (key, options) => {
  if (MUST_EXIST.test(key) && !hasKey(catalogueOf(base.getLocale()), key))
    console.warn(`[wasl:i18n] missing key ${key}`);
  return base.translate(key, options);
};

export const i18nProvider = {
  ...base,
  translate,
  changeLocale: async (locale: string) => {
    await base.changeLocale(locale);
    for (const listener of listeners) listener(locale === 'en' ? 'en' : 'ar');
  },
};
