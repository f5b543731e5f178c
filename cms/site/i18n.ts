/**
 * The public site is Arabic first (`/…`) with an English switch (`/en/…`): the language is in the path,
 * not in a cookie, so a CDN can cache each page as it is and a shared link opens in the language it was
 * shared in.
 */
export type Lang = 'ar' | 'en';
export type Text = { ar: string; en: string };

export const EN_PREFIX = '/en';

/** The language of a request path and the path without its language prefix (`/en/policies` → en, `/policies`). */
export const splitLang = (pathname: string): { lang: Lang; path: string } => {
  if (pathname === EN_PREFIX || pathname.startsWith(`${EN_PREFIX}/`))
    return { lang: 'en', path: pathname.slice(EN_PREFIX.length) || '/' };
  return { lang: 'ar', path: pathname };
};

/** The site path in a language: `localPath('en', '/policies')` → `/en/policies`. */
export const localPath = (lang: Lang, path: string): string =>
  lang === 'en' ? (path === '/' ? `${EN_PREFIX}/` : `${EN_PREFIX}${path}`) : path;

export const pick = (lang: Lang, text: Text): string => text[lang];

/** A value stored in Arabic with an optional English twin (nameAr / nameEn): English falls back to Arabic. */
export const bilingual = (lang: Lang, ar: string | null | undefined, en: string | null | undefined): string =>
  (lang === 'en' ? en || ar : ar || en) ?? '';

export const dir = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
