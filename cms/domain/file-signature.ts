/**
 * CM1: the public complaint form accepts PDF, JPEG and PNG attachments only, recognised by their first
 * bytes — never by the file name or the Content-Type the browser claims, both of which the sender
 * controls. Three fixed signatures: a library (file-type) would add an ESM-only dependency to a
 * CommonJS build for a check this small. Pure.
 */
export const ALLOWED_ATTACHMENT_TYPES = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
} as const;

export type AttachmentMime = keyof typeof ALLOWED_ATTACHMENT_TYPES;

/** The bytes needed to recognise any allowed type. */
export const SIGNATURE_BYTES = 8;

/** The type the content really is, or null when it is none of the allowed ones. */
export const sniffAttachmentType = (head: Uint8Array): AttachmentMime | null => {
  for (const [mime, signature] of Object.entries(ALLOWED_ATTACHMENT_TYPES) as [AttachmentMime, readonly number[]][]) {
    if (head.length >= signature.length && signature.every((byte, i) => head[i] === byte)) return mime;
  }
  return null;
};

/**
 * P1, CM1: HTML inside a file that claims to be a document is a polyglot: a browser that sniffs it
 * (or an old viewer) runs the script. No complaint attachment needs markup, so its presence anywhere in
 * the bytes refuses the file. Read as latin1 so every byte maps to one character and nothing is skipped.
 */
const MARKUP = /<\s*(?:script|html|body|iframe|svg|object|embed|meta|form|img)\b|javascript:/i;

export const containsHtmlMarkup = (bytes: Uint8Array): boolean =>
  MARKUP.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
