/**
 * CM1: files sent with the public complaint form. Only PDF, JPEG and PNG, recognised by their first
 * bytes (the name and the declared type are the sender's word), at most WASL_ATTACHMENT_MAX_COUNT
 * files of WASL_ATTACHMENT_MAX_BYTES each; accepted files go to the media library.
 */
import fs from 'fs/promises';
import type { Core } from '@strapi/strapi';
import { SIGNATURE_BYTES, sniffAttachmentType, type AttachmentMime } from '../domain/file-signature';
import { waslError, type FieldError } from '../utils/errors';

/** A file as the body parser (formidable) leaves it on disk. */
export type IncomingFile = { filepath: string; originalFilename?: string | null; mimetype?: string | null; size: number };
export type StoredFile = { id: number; name: string; mime: AttachmentMime };

const limit = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
export const maxAttachmentBytes = () => limit('WASL_ATTACHMENT_MAX_BYTES', 5 * 1024 * 1024);
export const maxAttachmentCount = () => limit('WASL_ATTACHMENT_MAX_COUNT', 3);

const headOf = async (filepath: string): Promise<Uint8Array> => {
  const handle = await fs.open(filepath, 'r');
  try {
    const buffer = Buffer.alloc(SIGNATURE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SIGNATURE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
};

const safeName = (name: string | null | undefined, mime: AttachmentMime): string => {
  const ext = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }[mime];
  const base = (name ?? 'attachment').replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N} _-]/gu, '').slice(0, 80) || 'attachment';
  return `${base}.${ext}`;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Checks every file and answers with all the faults at once; returns the detected type of each. */
  async inspect(files: IncomingFile[]): Promise<AttachmentMime[]> {
    const max = maxAttachmentCount();
    if (files.length > max) throw waslError('VALIDATION_FAILED', [{ field: 'attachments', code: 'TOO_MANY_ATTACHMENTS', params: { max } }]);
    const errors: FieldError[] = [];
    const types: AttachmentMime[] = [];
    for (const [index, file] of files.entries()) {
      const field = `attachments.${index}`;
      if (file.size > maxAttachmentBytes()) errors.push({ field, code: 'ATTACHMENT_TOO_LARGE', params: { max: `${Math.round(maxAttachmentBytes() / 1024)} KB` } });
      const type = sniffAttachmentType(await headOf(file.filepath));
      if (!type) errors.push({ field, code: 'ATTACHMENT_TYPE_NOT_ALLOWED' });
      else types.push(type);
    }
    if (errors.length) throw waslError('VALIDATION_FAILED', errors);
    return types;
  },

  /** Stores checked files in the media library under the detected type, never the declared one. */
  async store(files: IncomingFile[], types: AttachmentMime[]): Promise<StoredFile[]> {
    const stored: StoredFile[] = [];
    try {
      for (const [index, file] of files.entries()) {
        const mime = types[index];
        const name = safeName(file.originalFilename, mime);
        const [uploaded] = (await strapi.plugin('upload').service('upload').upload({
          data: { fileInfo: { name, caption: 'complaint attachment' } },
          files: { ...file, originalFilename: name, mimetype: mime },
        })) as { id: number }[];
        stored.push({ id: uploaded.id, name, mime });
      }
    } catch {
      await this.remove(stored);
      // The media library refuses what it cannot read as the type the bytes claim (a broken image).
      throw waslError('VALIDATION_FAILED', [{ field: 'attachments', code: 'ATTACHMENT_TYPE_NOT_ALLOWED' }]);
    }
    return stored;
  },

  /** Removes stored files of a submission that did not commit (a replay that lost a race). */
  async remove(files: StoredFile[]): Promise<void> {
    for (const file of files) {
      const row = await strapi.db.query('plugin::upload.file').findOne({ where: { id: file.id } });
      if (row) await strapi.plugin('upload').service('upload').remove(row);
    }
  },
});
