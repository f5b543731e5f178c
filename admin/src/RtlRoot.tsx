/**
 * Direction follows the language: an RTL emotion cache (stylis-plugin-rtl flips physical properties)
 * for Arabic, a plain one for English, and <html dir lang> kept in step. The console remounts on a
 * switch so every styled component is re-rendered with the right cache and theme.
 */
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { useEffect, useState, type ReactNode } from 'react';
import rtlPlugin from 'stylis-plugin-rtl';
import { prefixer } from 'stylis';
import { directionOf, onLocaleChange, type Locale } from './i18n/i18nProvider';

const CACHES = {
  rtl: createCache({ key: 'wasl-rtl', stylisPlugins: [prefixer, rtlPlugin] }),
  ltr: createCache({ key: 'wasl-ltr' }),
};

const storedLocale = (): Locale => {
  try {
    return JSON.parse(localStorage.getItem('RaStore.locale') ?? '"ar"') === 'en' ? 'en' : 'ar';
  } catch {
    return 'ar';
  }
};

export const RtlRoot = ({ children }: { children: (direction: 'rtl' | 'ltr') => ReactNode }) => {
  const [locale, setLocale] = useState<Locale>(storedLocale);
  useEffect(() => onLocaleChange(setLocale), []);
  const direction = directionOf(locale);
  useEffect(() => {
    document.documentElement.dir = direction;
    document.documentElement.lang = locale;
  }, [direction, locale]);
  return (
    <CacheProvider value={CACHES[direction]} key={direction}>
      {children(direction)}
    </CacheProvider>
  );
};
