/**
 * P1: the `filename` fallback of a download's Content-Disposition. Koa's `ctx.attachment` (the
 * `content-disposition` package) writes the UTF-8 (Arabic) label in `filename*` and this in `filename`:
 * printable ASCII only, since the package's own fallback keeps ISO-8859-1 letters some clients mangle.
 * Pure.
 */
export const asciiFileName = (name: string): string => {
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0] ?? '';
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return /[A-Za-z0-9]/.test(ascii.slice(0, ascii.length - extension.length)) ? ascii : `attachment${extension}`;
};
