/** fetchUtils.fetchJson with the users-permissions JWT and the server's localised error message. */
import { fetchUtils, HttpError } from 'react-admin';
import { readSession } from './session';

type ErrorDetails = { code?: string; messageAr?: string; messageEn?: string; errors?: { field: string; messageAr: string; messageEn: string }[] };

const currentLocale = (): string => document.documentElement.lang || 'ar';

/** Errors carry the Arabic or English message of the stable error code (cms/constants/errors.ts). */
const localise = (error: unknown): unknown => {
  if (!(error instanceof HttpError)) return error;
  const details = (error.body as { error?: { details?: ErrorDetails } } | undefined)?.error?.details;
  if (!details?.code) return error;
  const en = currentLocale() === 'en';
  const message = (en ? details.messageEn : details.messageAr) ?? error.message;
  const fields = (details.errors ?? []).map((e) => (en ? e.messageEn : e.messageAr)).filter(Boolean);
  const errors = Object.fromEntries((details.errors ?? []).map((e) => [e.field, en ? e.messageEn : e.messageAr]));
  return new HttpError([message, ...fields].join(' — '), error.status, { ...(error.body as object), errors });
};

export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const session = readSession();
  if (session && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${session.jwt}`);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    throw localise(error);
  }
};
