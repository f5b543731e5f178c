/**
 * The transport side of the public complaint form (CM1): content type, the Idempotency-Key header,
 * the JSON body or the multipart `data` field, and the uploaded files. Every fault is a 4xx with a
 * stable code; nothing here touches the database.
 */
import crypto from 'crypto';
import { createReadStream } from 'fs';
import fs from 'fs/promises';
import { pipeline } from 'stream/promises';
import type { Context } from 'koa';
import { waslError } from '../utils/errors';
import type { IncomingFile } from '../services/complaint-attachments';
import type { FileFingerprint } from '../domain/submission-fingerprint';
import { bodyOf } from '../utils/request-body';

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** The client's Idempotency-Key, namespaced so a website key can never meet a staff key. */
export const idempotencyKeyOf = (ctx: Context): string | null => {
  const raw = ctx.get('Idempotency-Key');
  if (!raw) return null;
  if (!KEY_PATTERN.test(raw))
    throw waslError('VALIDATION_FAILED', [{ field: 'Idempotency-Key', code: 'IDEMPOTENCY_KEY_INVALID' }]);
  return `web:${raw}`;
};

const isMultipart = (ctx: Context) => ctx.is('multipart/form-data') === 'multipart/form-data';

/** The submitted fields: the JSON body, or the JSON text of the multipart `data` field. */
export const publicBodyOf = (ctx: Context): unknown => {
  if (!ctx.is('application/json') && !isMultipart(ctx)) throw waslError('UNSUPPORTED_MEDIA_TYPE');
  const body = bodyOf(ctx);
  if (!isMultipart(ctx)) return body;
  const fields = (body ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((k) => k !== 'data');
  if (unknown.length)
    throw waslError(
      'VALIDATION_FAILED',
      unknown.map((field) => ({ field, code: 'UNKNOWN_FIELD' as const })),
    );
  if (typeof fields.data !== 'string')
    throw waslError('VALIDATION_FAILED', [{ field: 'data', code: 'FIELD_REQUIRED' }]);
  try {
    return JSON.parse(fields.data) as unknown;
  } catch {
    throw waslError('VALIDATION_FAILED', [{ field: 'data', code: 'FIELD_INVALID_TYPE' }]);
  }
};

/** The files of the `attachments` field; a file under any other name is refused. */
export const publicFilesOf = (ctx: Context): IncomingFile[] => {
  const files = (ctx.request as { files?: Record<string, IncomingFile | IncomingFile[]> }).files ?? {};
  const unknown = Object.keys(files).filter((k) => k !== 'attachments');
  if (unknown.length)
    throw waslError(
      'VALIDATION_FAILED',
      unknown.map((field) => ({ field, code: 'UNKNOWN_FIELD' as const })),
    );
  const value = files.attachments;
  return value ? (Array.isArray(value) ? value : [value]) : [];
};

/** Strapi's body middleware removes only the temporary files of a field named `files`; these are ours. */
export const removeTemporaryUploads = async (ctx: Context): Promise<void> => {
  const files = (ctx.request as { files?: Record<string, IncomingFile | IncomingFile[]> }).files ?? {};
  const all = Object.values(files).flatMap((value) => (Array.isArray(value) ? value : [value]));
  await Promise.all(all.map((file) => fs.rm(file.filepath, { force: true })));
};

/** The part of each uploaded file that makes two submissions the same or different (CM1 idempotency). */
export const fileFingerprintsOf = (files: IncomingFile[]): Promise<FileFingerprint[]> =>
  Promise.all(
    files.map(async (file) => {
      const hash = crypto.createHash('sha256');
      await pipeline(createReadStream(file.filepath), hash);
      return { name: file.originalFilename ?? '', size: file.size, sha256: hash.digest('hex') };
    }),
  );
