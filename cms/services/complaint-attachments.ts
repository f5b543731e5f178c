/**
 * CM1, P1: files sent with a complaint. At most WASL_ATTACHMENT_MAX_COUNT files of
 * WASL_ATTACHMENT_MAX_BYTES each (400); then each must be a PDF, JPEG or PNG that a real decoder reads
 * (cms/utils/file-content.ts), else 415 naming the file. Accepted files are kept private
 * (cms/services/private-files.ts) under a random name; the sender's name is only a label.
 */
import fs from 'fs/promises';
import type { Core } from '@strapi/strapi';
import type { AttachmentMime } from '../domain/file-signature';
import { checkFileContent } from '../utils/file-content';
import { waslError, type FieldError } from '../utils/errors';
import { getService } from '../utils/services';

/** A file as the body parser (formidable) leaves it on disk. */
export type IncomingFile = {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
};
export type StoredFile = { id: number; name: string; mime: string };
/** A file that passed every check: the bytes to store (an image as re-encoded) and its label. */
export type CheckedAttachment = {
  bytes: Buffer;
  mime: AttachmentMime;
  ext: string;
  name: string;
  width: number | null;
  height: number | null;
};

const ATTACHMENT_TYPES: readonly AttachmentMime[] = ['application/pdf', 'image/jpeg', 'image/png'];

const limit = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
export const maxAttachmentBytes = () => limit('WASL_ATTACHMENT_MAX_BYTES', 5 * 1024 * 1024);
export const maxAttachmentCount = () => limit('WASL_ATTACHMENT_MAX_COUNT', 3);

/** The label shown to staff: the sender's name without its path or extension, and the detected extension. */
const labelOf = (name: string | null | undefined, ext: string, fallback: string): string => {
  const base =
    (name ?? fallback)
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .slice(0, 80)
      .trim() || fallback;
  return `${base}${ext}`;
};

/**
 * The size and the content of each uploaded file, with all the faults at once: 400 for a file over
 * WASL_ATTACHMENT_MAX_BYTES, then 415 for one a real decoder does not read as one of `types`; each fault
 * names `<field>.<index>`. Complaint attachments and inspection photos both pass through it.
 */
export const checkUploads = async (
  files: IncomingFile[],
  field: string,
  types: readonly AttachmentMime[],
  fallbackName: string,
): Promise<CheckedAttachment[]> => {
  const tooLarge: FieldError[] = files.flatMap((file, index) =>
    file.size > maxAttachmentBytes()
      ? [
          {
            field: `${field}.${index}`,
            code: 'ATTACHMENT_TOO_LARGE' as const,
            params: { max: `${Math.round(maxAttachmentBytes() / 1024)} KB` },
          },
        ]
      : [],
  );
  if (tooLarge.length) throw waslError('VALIDATION_FAILED', tooLarge);
  const refused: FieldError[] = [];
  const checked: CheckedAttachment[] = [];
  for (const [index, file] of files.entries()) {
    const result = await checkFileContent(await fs.readFile(file.filepath), types);
    if (!result.ok) refused.push({ field: `${field}.${index}`, code: result.code });
    else
      checked.push({
        bytes: result.bytes,
        mime: result.mime,
        ext: result.ext,
        name: labelOf(file.originalFilename, result.ext, fallbackName),
        width: result.width,
        height: result.height,
      });
  }
  if (refused.length) throw waslError('FILE_NOT_ACCEPTED', refused);
  return checked;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const privateFiles = () => getService(strapi, 'private-files');

  return {
    /** Checks every file and answers with all the faults at once: 400 for count and size, 415 for content. */
    async inspect(files: IncomingFile[]): Promise<CheckedAttachment[]> {
      const max = maxAttachmentCount();
      if (files.length > max)
        throw waslError('VALIDATION_FAILED', [{ field: 'attachments', code: 'TOO_MANY_ATTACHMENTS', params: { max } }]);
      return checkUploads(files, 'attachments', ATTACHMENT_TYPES, 'attachment');
    },

    /** Stores checked files privately; on any failure none of this submission's files remain. */
    async store(files: CheckedAttachment[], caption = 'complaint attachment'): Promise<StoredFile[]> {
      const stored: StoredFile[] = [];
      try {
        for (const file of files) stored.push(await privateFiles().save({ ...file, caption }));
      } catch (error) {
        await this.remove(stored);
        throw error;
      }
      return stored;
    },

    /** Removes stored files of a submission that did not commit (a replay that lost a race, a failed write). */
    async remove(files: StoredFile[]): Promise<void> {
      await privateFiles().remove(files.map((file) => file.id));
    },
  };
};
