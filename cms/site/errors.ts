/** The site's own error page: a 4xx from a handler (an expired link, a rate limit) shown as a page, not JSON. */
import { ERRORS, type ErrorCode } from '../constants/errors';
import { html } from './html';
import { localPath, pick, type Lang, type Text } from './i18n';
import type { SitePage } from './router';

const T = {
  notFound: { ar: 'الصفحة غير موجودة', en: 'Page not found' },
  notFoundText: {
    ar: 'لم نجد ما تبحث عنه. ربما نُقلت الصفحة أو لم تُنشر بعد.',
    en: 'We could not find what you are looking for. It may have moved or not be published yet.',
  },
  failed: { ar: 'تعذّر إتمام الطلب', en: 'The request could not be completed' },
  home: { ar: 'العودة إلى الصفحة الرئيسية', en: 'Back to the home page' },
} satisfies Record<string, Text>;

export const notFoundPage = (lang: Lang): SitePage => ({
  kind: 'page',
  status: 404,
  cache: 'public',
  noindex: true,
  title: pick(lang, T.notFound),
  description: pick(lang, T.notFoundText),
  body: html`<h1>${pick(lang, T.notFound)}</h1>
    <p>${pick(lang, T.notFoundText)}</p>
    <p><a href="${localPath(lang, '/')}">${pick(lang, T.home)}</a></p>`,
});

type Described = { status?: number; details?: { code?: string; messageAr?: string; messageEn?: string } };

/**
 * The HTTP status of a thrown error: an http-errors error carries it; a @strapi/utils error
 * (NotFoundError, ValidationError…) does not — Strapi's error middleware maps it by name — so a Wasl
 * error's status is read from its code. Anything else is a 500.
 */
export const errorStatus = (error: unknown): number => {
  const e = error as Described | null;
  const code = e?.details?.code;
  if (code && code in ERRORS) return ERRORS[code as ErrorCode].status;
  return Number(e?.status) || 500;
};

/** A 4xx error from a service, with its own Arabic or English message. */
export const errorPage = (lang: Lang, error: Described): SitePage => {
  const known = errorStatus(error);
  const status = known >= 400 && known < 500 ? known : 400;
  if (status === 404) return notFoundPage(lang);
  const message = (lang === 'ar' ? error.details?.messageAr : error.details?.messageEn) ?? pick(lang, T.failed);
  return {
    kind: 'page',
    status,
    cache: 'private',
    noindex: true,
    title: pick(lang, T.failed),
    description: message,
    body: html`<h1>${pick(lang, T.failed)}</h1>
      <p class="error" role="alert">${message}</p>
      <p><a href="${localPath(lang, '/')}">${pick(lang, T.home)}</a></p>`,
  };
};
