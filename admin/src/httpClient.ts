/**
 * fetchUtils.fetchJson with the session's access token and the server's localised error message.
 * The access token is short-lived: it is renewed with the refresh token shortly before it expires,
 * and once more when a call answers 401; a refused renewal ends the session (the 401 reaches
 * react-admin's checkError, which signs out).
 */
import { fetchUtils, HttpError } from 'react-admin';
import { API_URL, clearSession, readSession, secondsLeft, writeSession, type Session } from './session';

type ErrorDetails = {
  code?: string;
  messageAr?: string;
  messageEn?: string;
  errors?: { field: string; messageAr: string; messageEn: string }[];
};

const RENEW_BEFORE_SECONDS = 60;

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

/** Calls that carry no session (sign-in, renewal, password reset): a stale token must not get in their way. */
export const anonymousClient = async (url: string, options: fetchUtils.Options = {}) => {
  try {
    return await fetchUtils.fetchJson(url, {
      ...options,
      headers: new Headers(options.headers ?? { Accept: 'application/json' }),
    });
  } catch (error) {
    throw localise(error);
  }
};

let renewing: Promise<Session | null> | null = null;

/** One renewal at a time: calls that fail together share it (the server rotates the refresh token). */
export const renewSession = (session: Session): Promise<Session | null> => {
  renewing ??= anonymousClient(`${API_URL}/auth/refresh`, {
    method: 'POST',
    body: JSON.stringify({ refreshToken: session.refreshToken }),
  })
    .then(({ json }) => {
      const { jwt, refreshToken } = json as { jwt: string; refreshToken: string };
      const renewed = { ...session, jwt, refreshToken };
      writeSession(renewed);
      return renewed;
    })
    .catch(() => {
      clearSession();
      return null;
    })
    .finally(() => {
      renewing = null;
    });
  return renewing;
};

const send = (url: string, options: fetchUtils.Options, session: Session | null) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  if (session && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${session.jwt}`);
  return fetchUtils.fetchJson(url, { ...options, headers });
};

/** A fresh-enough session: renewed first when its access token is about to expire. */
const currentSession = async (): Promise<Session | null> => {
  const session = readSession();
  return session && secondsLeft(session.jwt) < RENEW_BEFORE_SECONDS
    ? ((await renewSession(session)) ?? session)
    : session;
};

export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const session = await currentSession();
  try {
    return await send(url, options, session);
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 401 && session)) throw localise(error);
    const renewed = await renewSession(session);
    if (!renewed) throw localise(error);
    try {
      return await send(url, options, renewed);
    } catch (retryError) {
      throw localise(retryError);
    }
  }
};

/**
 * P1: a private file (complaint attachment, signature image) as a Blob, fetched with the same session
 * as every API call (renewed once on a 401): the server serves them only to an authorised role, never by public URL.
 */
export const fetchFile = async (url: string): Promise<Blob> => {
  const session = await currentSession();
  const get = (s: Session | null) => fetch(url, { headers: s ? { Authorization: `Bearer ${s.jwt}` } : {} });
  let response = await get(session);
  if (response.status === 401 && session) {
    const renewed = await renewSession(session);
    if (renewed) response = await get(renewed);
  }
  if (!response.ok)
    throw localise(new HttpError(response.statusText, response.status, await response.json().catch(() => undefined)));
  return response.blob();
};
