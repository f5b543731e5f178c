/**
 * CM1: the fingerprint stored beside an Idempotency-Key. A retry of the same submission carries the
 * same key and the same content, so it gets the first complaint back; the same key with other content
 * is a client bug (or a guessed key) and must not silently answer with someone else's complaint.
 *
 * The content is canonicalised first (keys sorted, undefined dropped — safe-stable-stringify, so key
 * order or spacing in the sender's JSON never makes two equal submissions differ). The fields are the
 * validated ones, so a retry is compared on what would be stored, not on the raw bytes.
 */
import crypto from 'crypto';
import { stringify } from 'safe-stable-stringify';

/** One attached file as it takes part in the fingerprint: its name, size and the hash of its bytes. */
export type FileFingerprint = { name: string; size: number; sha256: string };

export const submissionFingerprint = (fields: Record<string, unknown>, files: FileFingerprint[]): string =>
  crypto
    .createHash('sha256')
    .update(stringify({ fields, files }) ?? '')
    .digest('hex');
