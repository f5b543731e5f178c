/**
 * YSR-E1: what an applicant may send to register for a service online (the website's form and
 * `POST /api/wasl/public/requests`). Only the facts the eligibility rules read and the ways to reach the
 * applicant; unknown keys are refused, so the form cannot set server-owned fields (status, channel).
 */
import { z } from 'zod';
import { GENDERS, REFERRAL_SOURCES, SOCIAL_STATUSES } from '../domain/eligibility';
import { idNationalityMismatch, validateSaudiId, type SaudiIdKind } from '../domain/saudi-id';
import type { FieldError } from '../utils/errors';
import { phone, text } from './complaint-body';
import { parseWith } from './zod-errors';

const schema = z.strictObject({
  service: z.string().trim().min(1).max(60),
  nationalId: z.string().max(20),
  fullNameAr: text(160, 3),
  nationality: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/)
    .transform((v) => v.toUpperCase()),
  legalResidency: z.boolean(),
  gender: z.enum(GENDERS),
  socialStatus: z.enum(SOCIAL_STATUSES),
  birthDate: z.iso.date().optional(),
  phone,
  email: z.email().max(160).optional(),
  city: text(80).optional(),
  referralSource: z.enum(REFERRAL_SOURCES).optional(),
  // P1: personal data is kept only with the applicant's consent.
  consent: z.boolean(),
});

export type RegistrationInput = Omit<z.infer<typeof schema>, 'consent'> & { idKind: SaudiIdKind };

export type ParsedRegistration = { ok: true; value: RegistrationInput } | { ok: false; errors: FieldError[] };

/** The shape, then the rules of the fields together: a valid Saudi ID, matching its nationality, consent given. */
export const parseRegistration = (body: unknown): ParsedRegistration => {
  const parsed = parseWith(schema, body);
  const raw = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  // A choice left unanswered (a radio group nobody ticked) is a missing answer, not a wrong one.
  const errors: FieldError[] = parsed.ok
    ? []
    : parsed.errors.map((e) =>
        e.code === 'FIELD_INVALID_ENUM' && !(e.field in raw) ? { field: e.field, code: 'FIELD_REQUIRED' } : e,
      );
  const id = 'nationalId' in raw ? validateSaudiId(raw.nationalId) : null;
  if (id && !id.ok && !errors.some((e) => e.field === 'nationalId'))
    errors.push({ field: 'nationalId', code: id.code });
  if (parsed.ok && id?.ok) {
    const mismatch = idNationalityMismatch(id.kind, parsed.value.nationality);
    if (mismatch) errors.push({ field: 'nationality', code: mismatch });
  }
  if (parsed.ok && parsed.value.consent !== true) errors.push({ field: 'consent', code: 'CONSENT_REQUIRED' });
  if (errors.length || !parsed.ok || !id?.ok) return { ok: false, errors };
  const { consent: _consent, ...value } = parsed.value;
  return { ok: true, value: { ...value, nationalId: id.value, idKind: id.kind } };
};
