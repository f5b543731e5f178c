/**
 * Cross-origin and transport settings read by config/middlewares.ts.
 * P1: a browser page from another site must not read the API with a staff member's credentials, so
 * only the origins listed in CORS_ORIGINS get CORS headers (none by default: the console and the
 * public site are served from the same origin and need none). `null` (sandboxed frames, file://) and
 * `*` are never accepted: either would hand every site the answers.
 */
export const parseCorsOrigins = (value: string): string[] => {
  const origins = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return origins.map((entry) => {
    if (entry === 'null' || entry === '*')
      throw new Error(
        `CORS_ORIGINS may not contain ${entry}: list each allowed origin, e.g. https://portal.example.org`,
      );
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`CORS_ORIGINS: ${entry} is not an origin such as https://portal.example.org`);
    }
    if (!['http:', 'https:'].includes(url.protocol)) throw new Error(`CORS_ORIGINS: ${entry} is not an http(s) origin`);
    return url.origin;
  });
};

/**
 * HSTS tells browsers to refuse plain HTTP for a year: right behind TLS, a trap on a LAN install served
 * over http://. On when PUBLIC_URL is https://… or WASL_HSTS=true.
 */
export const wantsHsts = (publicUrl: string, forced: boolean): boolean =>
  forced || publicUrl.trim().toLowerCase().startsWith('https://');
