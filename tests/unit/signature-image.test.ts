/** H5: the signature image is accepted by its bytes (PNG or JPEG), never by the label it carries. */
import { decodeSignatureImage, MAX_SIGNATURE_BYTES } from '../../cms/domain/signature-image';

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const url = (mime: string, bytes: Buffer | string) =>
  `data:${mime};base64,${Buffer.isBuffer(bytes) ? bytes.toString('base64') : bytes}`;

describe('decodeSignatureImage', () => {
  it('[ESR-H5] accepts a PNG signature', () => {
    const decoded = decodeSignatureImage(url('image/png', PNG_1x1));
    expect(decoded).toMatchObject({ ok: true, mime: 'image/png' });
  });

  it('[ESR-H5] accepts a JPEG signature whatever the data URL claims between PNG and JPEG', () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(20)]);
    expect(decodeSignatureImage(url('image/png', jpeg))).toMatchObject({ ok: true, mime: 'image/jpeg' });
  });

  it.each([
    ['a PDF labelled as PNG', url('image/png', Buffer.from('%PDF-1.7 fake'))],
    ['HTML labelled as PNG', url('image/png', Buffer.from('<script>alert(1)</script>'))],
    ['an SVG data URL', url('image/svg+xml', Buffer.from('<svg/>'))],
    ['a URL instead of data', 'https://example.com/sig.png'],
    ['broken base64', 'data:image/png;base64,@@@@'],
    ['a number', 42],
  ])('[ESR-H5] refuses %s', (_name, value) => {
    expect(decodeSignatureImage(value)).toEqual({ ok: false, code: 'SIGNATURE_IMAGE_INVALID' });
  });

  it('[ESR-H5] refuses an image over 512 KB before decoding it', () => {
    const big = Buffer.concat([Buffer.from(PNG_1x1, 'base64'), Buffer.alloc(MAX_SIGNATURE_BYTES)]);
    expect(decodeSignatureImage(url('image/png', big))).toEqual({ ok: false, code: 'SIGNATURE_IMAGE_TOO_LARGE' });
  });
});
