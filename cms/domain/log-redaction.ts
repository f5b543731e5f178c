/**
 * P1: what a request log line may say about the URL. Never the query string (filters and searches
 * carry national IDs and phones); the route pattern when the router matched one
 * (`/api/wasl/beneficiaries/:id`), else the path with every run of 7 or more digits (an ID, a phone, a
 * long number) and anything shaped like an e-mail address replaced by `…`.
 */
const LONG_DIGITS = /\d{7,}/g;
const EMAIL = /[^/\s@]+@[^/\s@]+/g;
const MAX_LENGTH = 200;

export const redactPath = (path: string): string => {
  const bare = path.split('?')[0];
  let decoded = bare;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    // a malformed escape: redact the raw text
  }
  const redacted = decoded.replace(LONG_DIGITS, '…').replace(EMAIL, '…');
  return redacted.length > MAX_LENGTH ? `${redacted.slice(0, MAX_LENGTH)}…` : redacted;
};

/** A pattern with regular-expression groups (Strapi's catch-all static route) says less than the path. */
export const loggableRoute = (matchedRoute: unknown, path: string): string =>
  typeof matchedRoute === 'string' && matchedRoute && !matchedRoute.includes('(') ? matchedRoute : redactPath(path);
