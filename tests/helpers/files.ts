/**
 * Real files for the upload tests, built by the same libraries a sender's software would use (pdf-lib,
 * sharp), and the hostile ones the issue found accepted: a `%PDF-` header over HTML, a PNG header over
 * a broken body.
 */
import { PDFDocument, PDFName } from 'pdf-lib';
import sharp from 'sharp';

/** A PDF of `pages` pages; `title` makes two documents differ by their bytes. */
export const realPdf = async (pages = 1, title = 'Wasl test'): Promise<Buffer> => {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  for (let i = 0; i < pages; i += 1) doc.addPage([595, 842]).drawText(`page ${i + 1}`, { x: 50, y: 780, size: 14 });
  // addDefaultPage: pdf-lib would otherwise add a blank page to a document saved without one.
  return Buffer.from(await doc.save({ addDefaultPage: false }));
};

/** Starts as a PDF, continues as a web page: what a browser that sniffs would run. */
export const polyglotPdf = (): Buffer =>
  Buffer.from('%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n');

/** A PDF that parses, with a script appended after its end. */
export const pdfWithTrailingHtml = async (): Promise<Buffer> =>
  Buffer.concat([await realPdf(), Buffer.from('\n<html><script>alert(1)</script></html>\n')]);

/** pdf-lib writes the trailer's /Encrypt entry as given: the mark every reader takes as "password-protected". */
export const encryptedPdf = async (): Promise<Buffer> => {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  doc.context.trailerInfo.Encrypt = doc.context.obj({ Filter: PDFName.of('Standard'), V: 2, R: 3, Length: 128, P: -4 });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
};

export const realPng = (width: number, height: number): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#1d6f42' } })
    .png()
    .toBuffer();

/** A valid PNG signature and header over a scrambled image body. */
export const corruptPng = async (): Promise<Buffer> => {
  const bytes = Buffer.from(await realPng(64, 64));
  const body = bytes.indexOf('IDAT') + 6;
  for (let i = body; i < bytes.length - 16; i += 1) bytes[i] ^= 0x5a;
  return bytes;
};

/** A JPEG carrying EXIF a camera would write (here a copyright line standing for GPS and serials). */
export const jpegWithExif = (width: number, height: number): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#336699' } })
    .withExif({ IFD0: { Copyright: 'Wasl test camera 0551234567' } })
    .jpeg()
    .toBuffer();

export const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
