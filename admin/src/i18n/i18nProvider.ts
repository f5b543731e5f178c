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

const base = polyglotI18nProvider((locale) => (locale === 'en' ? englishAppMessages : arabicMessages), 'ar', [
  { locale: 'ar', name: 'العربية' },
  { locale: 'en', name: 'English' },
]);

export const i18nProvider = {
  ...base,
  changeLocale: async (locale: string) => {
    await base.changeLocale(locale);
    for (const listener of listeners) listener(locale === 'en' ? 'en' : 'ar');
  },
};
