/**
 * P1, CM1, H5: a file is accepted only when a real decoder reads it as the type its first bytes claim.
 * The first bytes alone are the sender's word too: `%PDF-` followed by HTML, or a PNG header over a
 * broken body, passed the old signature check. pdf-lib and sharp are well-kept parsers already in the
 * tree (sharp is Strapi's own image library), so nothing here parses a format by hand.
 *
 * - PDF: pdf-lib must load it and find at least one page; it is stored byte for byte as received (a
 *   re-written PDF could change what the complainant signed or stamped). Encrypted PDFs are refused:
 *   staff could not read one without its password, and its content cannot be checked; the sender can
 *   send an unprotected copy. Any HTML markup in the bytes refuses it (a polyglot).
 * - JPEG and PNG: sharp must decode every pixel; what is stored is what sharp re-encoded in the same
 *   format, turned upright, without metadata (EXIF GPS, camera serials, comments) and at most
 *   MAX_IMAGE_DIMENSION pixels a side, so trailing bytes after the image never reach a reader.
 */
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { containsHtmlMarkup, sniffAttachmentType, type AttachmentMime } from '../domain/file-signature';

export const MAX_IMAGE_DIMENSION = 4000;
/** A decompression bomb is refused before it is decoded: 50 megapixels is above any phone camera. */
const MAX_INPUT_PIXELS = 50_000_000;

export type RefusalCode = 'ATTACHMENT_TYPE_NOT_ALLOWED' | 'FILE_NOT_DECODABLE' | 'PDF_ENCRYPTED' | 'FILE_HAS_MARKUP';

export type CheckedFile =
  | { ok: true; bytes: Buffer; mime: AttachmentMime; ext: string; width: number | null; height: number | null }
  | { ok: false; code: RefusalCode };

const EXTENSIONS: Record<AttachmentMime, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};

const checkPdf = async (bytes: Buffer): Promise<CheckedFile> => {
  if (containsHtmlMarkup(bytes)) return { ok: false, code: 'FILE_HAS_MARKUP' };
  try {
    // Loaded with ignoreEncryption so that an encrypted file is told apart by isEncrypted (pdf-lib's
    // EncryptedPDFError does not survive `instanceof` in its ES5 build), then refused as such.
    const document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    if (document.isEncrypted) return { ok: false, code: 'PDF_ENCRYPTED' };
    if (document.getPageCount() < 1) return { ok: false, code: 'FILE_NOT_DECODABLE' };
  } catch {
    return { ok: false, code: 'FILE_NOT_DECODABLE' };
  }
  return { ok: true, bytes, mime: 'application/pdf', ext: EXTENSIONS['application/pdf'], width: null, height: null };
};

const reencodeImage = async (bytes: Buffer, mime: 'image/jpeg' | 'image/png'): Promise<CheckedFile> => {
  try {
    // failOn 'error': a truncated or corrupt body is refused, where libvips would otherwise fill in grey.
    const pipeline = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: MAX_IMAGE_DIMENSION, height: MAX_IMAGE_DIMENSION, fit: 'inside', withoutEnlargement: true });
    const encoded = mime === 'image/png' ? pipeline.png() : pipeline.jpeg({ quality: 90 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { ok: true, bytes: data, mime, ext: EXTENSIONS[mime], width: info.width, height: info.height };
  } catch {
    return { ok: false, code: 'FILE_NOT_DECODABLE' };
  }
};

/** The bytes to store for an upload, or why it is refused; `allowed` narrows the types a field takes. */
export const checkFileContent = async (bytes: Buffer, allowed: readonly AttachmentMime[]): Promise<CheckedFile> => {
  const mime = sniffAttachmentType(bytes.subarray(0, 8));
  if (!mime || !allowed.includes(mime)) return { ok: false, code: 'ATTACHMENT_TYPE_NOT_ALLOWED' };
  return mime === 'application/pdf' ? checkPdf(bytes) : reencodeImage(bytes, mime);
};
