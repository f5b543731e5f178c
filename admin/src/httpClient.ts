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

/** The signed-in user's credentials on a request's headers: the one place the console reads the token. */
const withAuth = (headers: Headers): Headers => {
  const session = readSession();
  if (session && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${session.jwt}`);
  return headers;
};

export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = withAuth(new Headers(options.headers ?? { Accept: 'application/json' }));
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    throw localise(error);
  }
};

/**
 * P1: a private file (complaint attachment, signature image) as a Blob, fetched with the same
 * credentials as every API call: the server serves them only to an authorised role, never by public URL.
 */
export const fetchFile = async (url: string): Promise<Blob> => {
  const response = await fetch(url, { headers: withAuth(new Headers()) });
  if (!response.ok) throw localise(new HttpError(response.statusText, response.status, await response.json().catch(() => undefined)));
  return response.blob();
};
