/**
 * P1, CM1, H5: uploads are taken only when pdf-lib or sharp reads them as the type their bytes claim;
 * images are stored as sharp re-encoded them. Real files, built in the test.
 */
import sharp from 'sharp';
import { checkFileContent } from '../../cms/utils/file-content';
import { containsHtmlMarkup } from '../../cms/domain/file-signature';
import { asciiFileName } from '../../cms/domain/download-name';
import {
  corruptPng,
  encryptedPdf,
  EXE,
  jpegWithExif,
  pdfWithTrailingHtml,
  polyglotPdf,
  realPdf,
  realPng,
} from '../helpers/files';

const ALL = ['application/pdf', 'image/jpeg', 'image/png'] as const;

describe('checkFileContent', () => {
  it('[P1] keeps a real PDF byte for byte', async () => {
    const pdf = await realPdf(2);
    const result = await checkFileContent(pdf, ALL);
    expect(result).toMatchObject({ ok: true, mime: 'application/pdf', ext: '.pdf', width: null, height: null });
    expect(result.ok && result.bytes.equals(pdf)).toBe(true);
  });

  it.each<[string, () => Promise<Buffer> | Buffer, string]>([
    ['a %PDF- header over an HTML page with a script (polyglot)', polyglotPdf, 'FILE_HAS_MARKUP'],
    ['a real PDF with a script appended after it', pdfWithTrailingHtml, 'FILE_HAS_MARKUP'],
    [
      'a %PDF- header over bytes that are no PDF',
      () => Buffer.from('%PDF-1.7\nthis is not a document\n%%EOF\n'),
      'FILE_NOT_DECODABLE',
    ],
    ['a PDF without a single page', () => realPdf(0), 'FILE_NOT_DECODABLE'],
    ['a password-protected PDF', encryptedPdf, 'PDF_ENCRYPTED'],
    ['a PNG signature over a corrupt body', corruptPng, 'FILE_NOT_DECODABLE'],
    [
      'a PNG signature with nothing after its header',
      () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'FILE_NOT_DECODABLE',
    ],
    [
      'a JPEG signature over an HTML page',
      () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<html><script>alert(1)</script>')]),
      'FILE_NOT_DECODABLE',
    ],
    ['a Windows executable', () => EXE, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
  ])('[P1] refuses %s', async (_name, build, code) => {
    expect(await checkFileContent(await build(), ALL)).toEqual({ ok: false, code });
  });

  it('[P1] refuses a real PDF where only images are taken (a signature)', async () => {
    expect(await checkFileContent(await realPdf(), ['image/png', 'image/jpeg'])).toEqual({
      ok: false,
      code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
    });
  });

  it('[P1] re-encodes a JPEG without its EXIF metadata, same format and size', async () => {
    const input = await jpegWithExif(320, 200);
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const result = await checkFileContent(input, ALL);
    expect(result).toMatchObject({ ok: true, mime: 'image/jpeg', ext: '.jpg', width: 320, height: 200 });
    const stored = result.ok ? await sharp(result.bytes).metadata() : null;
    expect([stored?.format, stored?.width, stored?.height, stored?.exif]).toEqual(['jpeg', 320, 200, undefined]);
    expect(result.ok && result.bytes.includes('0551234567')).toBe(false);
  });

  it('[P1] caps an image at 4000 pixels a side, keeping its proportions', async () => {
    const result = await checkFileContent(await realPng(5000, 100), ALL);
    expect(result).toMatchObject({ ok: true, mime: 'image/png', width: 4000, height: 80 });
  });

  it('[P1] drops bytes hidden after the end of a real image', async () => {
    const png = await realPng(10, 10);
    const result = await checkFileContent(Buffer.concat([png, Buffer.from('<script>alert(1)</script>')]), ALL);
    expect(result.ok && result.bytes.includes('<script>')).toBe(false);
    expect(result).toMatchObject({ ok: true, width: 10, height: 10 });
  });
});

describe('containsHtmlMarkup', () => {
  it.each<[string, boolean]>([
    ['%PDF-1.4 <html>', true],
    ['<SCRIPT src=x>', true],
    ['< iframe src=x>', true],
    ['/URI (javascript:alert(1))', true],
    ['%PDF-1.4 << /Type /Catalog >> stream <scripted', false],
    ['%PDF-1.4 a << b >> c', false],
  ])('[P1] %s → %s', (text, expected) => {
    expect(containsHtmlMarkup(Buffer.from(text, 'latin1'))).toBe(expected);
  });
});

describe('asciiFileName', () => {
  it.each<[string, string]>([
    ['report.pdf', 'report.pdf'],
    ['تقرير طبي.pdf', 'attachment.pdf'],
    ['scan تقرير.png', 'scan _____.png'],
    ['a"b\\c%.jpg', 'a_b_c_.jpg'],
  ])('[P1] %s → %s', (name, expected) => {
    expect(asciiFileName(name)).toBe(expected);
  });
});
