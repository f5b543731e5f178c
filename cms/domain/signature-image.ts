/**
 * H5: a beneficiary's signature captured as an image (a signature pad in the console, or a scan) is
 * sent as a data URL. Only PNG or JPEG, recognised by the bytes, not by the label the URL claims. Pure.
 */
import { sniffAttachmentType } from './file-signature';

export const MAX_SIGNATURE_BYTES = 512 * 1024;

export type SignatureImage =
  | { ok: true; bytes: Buffer; mime: 'image/png' | 'image/jpeg' }
  | { ok: false; code: 'SIGNATURE_IMAGE_INVALID' | 'SIGNATURE_IMAGE_TOO_LARGE' };

const DATA_URL = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;

export const decodeSignatureImage = (value: unknown): SignatureImage => {
  if (typeof value !== 'string') return { ok: false, code: 'SIGNATURE_IMAGE_INVALID' };
  // Checked before decoding: base64 is 4/3 of the bytes it carries.
  if (value.length > Math.ceil((MAX_SIGNATURE_BYTES * 4) / 3) + 40)
    return { ok: false, code: 'SIGNATURE_IMAGE_TOO_LARGE' };
  const match = DATA_URL.exec(value);
  if (!match) return { ok: false, code: 'SIGNATURE_IMAGE_INVALID' };
  const bytes = Buffer.from(match[2], 'base64');
  if (bytes.length > MAX_SIGNATURE_BYTES) return { ok: false, code: 'SIGNATURE_IMAGE_TOO_LARGE' };
  const mime = sniffAttachmentType(bytes.subarray(0, 8));
  return mime === 'image/png' || mime === 'image/jpeg'
    ? { ok: true, bytes, mime }
    : { ok: false, code: 'SIGNATURE_IMAGE_INVALID' };
};
