/**
 * PD1–PD3: what a policy document must carry to be published, and when a publish is a new version.
 * Pure: no Strapi, no I/O (node:crypto only for the content hash).
 *
 * - PD1: a `policy` is published only with its board approval (meeting number, session, Gregorian and
 *   Umm al-Qura date of the same day — ±1 day for the moon sighting —, chair, at least one signatory
 *   with a name). Guides (`user_guide`, `internal_guide`) are not board-approved and need none.
 * - PD3: a version's text never changes once published under its number (acknowledgements name the
 *   number), so a changed title or body under a published number is refused, and so is an older number.
 */
import { createHash } from 'crypto';
import type { FieldError } from '../utils/errors';
import { gregorianOfHijri } from './hijri';

export type PolicyKind = 'policy' | 'user_guide' | 'internal_guide';

export type PolicyDraft = {
  kind?: PolicyKind | null;
  titleAr?: string | null;
  titleEn?: string | null;
  bodyAr?: string | null;
  bodyEn?: string | null;
  versionNumber?: number | null;
  boardMeetingNumber?: string | null;
  boardSession?: string | null;
  approvalDate?: string | null;
  approvalDateHijri?: string | null;
  chairName?: string | null;
  signatories?: unknown;
};

/** A published version as the snapshot table holds it. */
export type PublishedVersion = { versionNumber: number; contentHash: string | null };

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

const TEXT_FIELDS = [
  ['boardMeetingNumber', 'APPROVAL_MEETING_REQUIRED'],
  ['boardSession', 'APPROVAL_SESSION_REQUIRED'],
  ['chairName', 'APPROVAL_CHAIR_REQUIRED'],
] as const;

const DAY_MS = 86_400_000;
const HIJRI_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const GREGORIAN_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** The Gregorian day (YYYY-MM-DD) of an Umm al-Qura `YYYY-MM-DD`, or null when there is no such day. */
export const gregorianOfHijriKey = (hijri: string): string | null => {
  const match = HIJRI_SHAPE.exec(hijri.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  // Outside these the Umm al-Qura tables of ICU do not reach; a board approval is recent anyway.
  if (year < 1300 || year > 1500 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  try {
    return gregorianOfHijri(year, month, day);
  } catch {
    return null;
  }
};

/** Days between two YYYY-MM-DD keys (absolute). */
const dayDistance = (a: string, b: string): number =>
  Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;

/** PD1: the approval date errors: both present, the Hijri one valid and the same day ±1. */
const dateErrors = (draft: PolicyDraft): FieldError[] => {
  const gregorian = typeof draft.approvalDate === 'string' ? draft.approvalDate.slice(0, 10) : '';
  const errors: FieldError[] = [];
  const gregorianOk = GREGORIAN_SHAPE.test(gregorian) && !Number.isNaN(Date.parse(gregorian));
  if (!gregorianOk) errors.push({ field: 'approvalDate', code: 'APPROVAL_DATE_REQUIRED' });
  if (blank(draft.approvalDateHijri))
    return [...errors, { field: 'approvalDateHijri', code: 'APPROVAL_HIJRI_REQUIRED' }];
  const fromHijri = gregorianOfHijriKey(String(draft.approvalDateHijri));
  if (!fromHijri) return [...errors, { field: 'approvalDateHijri', code: 'APPROVAL_HIJRI_INVALID' }];
  if (gregorianOk && dayDistance(fromHijri, gregorian) > 1)
    errors.push({ field: 'approvalDateHijri', code: 'APPROVAL_HIJRI_MISMATCH', params: { expected: fromHijri } });
  return errors;
};

/** PD1: at least one `{name, title}`, every name written. */
const signatoryErrors = (signatories: unknown): FieldError[] => {
  if (!Array.isArray(signatories) || signatories.length === 0)
    return [{ field: 'signatories', code: 'APPROVAL_SIGNATORIES_REQUIRED' }];
  return signatories.flatMap((entry, index) =>
    entry && typeof entry === 'object' && !blank((entry as { name?: unknown }).name)
      ? []
      : [{ field: `signatories.${index}.name`, code: 'APPROVAL_SIGNATORY_NAME_REQUIRED' as const }],
  );
};

/** PD1: one error per missing or invalid approval field of a `policy`; none for a guide. */
export const approvalErrors = (draft: PolicyDraft): FieldError[] => {
  if ((draft.kind ?? 'policy') !== 'policy') return [];
  return [
    ...TEXT_FIELDS.filter(([field]) => blank(draft[field])).map(([field, code]) => ({ field, code })),
    ...dateErrors(draft),
    ...signatoryErrors(draft.signatories),
  ];
};

/** What a version's readers read: both titles and both bodies (the approval details may be corrected). */
export const contentHash = (draft: PolicyDraft): string =>
  createHash('sha256')
    .update(JSON.stringify([draft.titleAr ?? '', draft.titleEn ?? '', draft.bodyAr ?? '', draft.bodyEn ?? '']))
    .digest('hex');

export type VersionConflict =
  { code: 'POLICY_VERSION_TEXT_CHANGED'; version: number } | { code: 'POLICY_VERSION_BEHIND'; latest: number };

/**
 * PD3: publishing `draft` against the versions already published: the same number with another text is
 * refused (a new text is a new version), and so is a number below the latest one published.
 */
export const versionConflict = (draft: PolicyDraft, published: PublishedVersion[]): VersionConflict | null => {
  const version = draft.versionNumber ?? 1;
  const same = published.find((row) => row.versionNumber === version);
  if (same && same.contentHash !== contentHash(draft)) return { code: 'POLICY_VERSION_TEXT_CHANGED', version };
  const latest = Math.max(0, ...published.map((row) => row.versionNumber));
  if (!same && version < latest) return { code: 'POLICY_VERSION_BEHIND', latest };
  return null;
};
