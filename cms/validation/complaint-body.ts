/**
 * Body schemas of the complaint endpoints (CM1, ALL-CH). Unknown keys are refused on every write: a
 * typo must not be dropped silently, and the public form must not smuggle server-owned fields in.
 */
import { z } from 'zod';
import { normaliseSaudiPhone } from '../domain/phone';
import { ACTION_KINDS, BENEFICIARY_CATEGORIES, COMPLAINT_KINDS } from '../domain/complaint-workflow';
import { parseWith, type Parsed } from './zod-errors';

// Bytes a decoder could not read arrive as U+FFFD; C0 controls other than tab and newlines are never typed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BAD_CHARACTERS = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const text = (max: number, min = 1) =>
  z
    .string()
    .max(max)
    .trim()
    .min(min)
    .refine((value) => !BAD_CHARACTERS.test(value), { params: { code: 'TEXT_INVALID_CHARACTERS' } });

export const phone = z
  .string()
  .max(30)
  .transform((value, ctx) => {
    const result = normaliseSaudiPhone(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', params: { code: 'PHONE_INVALID' } });
    return z.NEVER;
  });

const contact = {
  anonymous: z.boolean().optional(),
  complainantName: text(160).optional(),
  complainantPhone: phone.optional(),
  complainantEmail: z.email().max(160).optional(),
  beneficiaryCategory: z.enum(BENEFICIARY_CATEGORIES).optional(),
};

/** ALL-CH: channels and categories are the association's own rows; the intake service checks they are enabled. */
const listKey = z.string().trim().min(1).max(40);

const core = {
  kind: z.enum(COMPLAINT_KINDS),
  category: listKey.optional(),
  subject: text(200, 3),
  description: text(5000, 10),
};

/** The honeypot: a field people never see on the form; only a robot fills it. */
export const HONEYPOT_FIELD = 'website';

/** CM1: what the public form may send; a named contact is required unless the complaint is anonymous. */
const publicSchema = z
  .strictObject({ ...core, ...contact, [HONEYPOT_FIELD]: z.string().max(500).optional() })
  .superRefine((body, ctx) => {
    if (body.anonymous) return;
    if (!body.complainantName)
      ctx.addIssue({ code: 'custom', path: ['complainantName'], params: { code: 'FIELD_REQUIRED' } });
    if (!body.complainantPhone && !body.complainantEmail)
      ctx.addIssue({ code: 'custom', path: ['complainantPhone'], params: { code: 'CONTACT_REQUIRED' } });
  });
export type PublicIntake = z.infer<typeof publicSchema>;

/** ALL-CH: staff record what came in person, by phone, email, social media, letter, fax or the website. */
const staffSchema = z.strictObject({
  ...core,
  ...contact,
  channel: listKey,
  beneficiary: z.string().max(40).optional(),
  branch: z.string().max(40).optional(),
  receivedAt: z.iso.datetime({ offset: true }).optional(),
});
export type StaffIntake = z.infer<typeof staffSchema>;

const version = z.number().int().min(1).optional();

const assignSchema = z.strictObject({
  assignedTo: z.number().int().positive().optional(),
  department: text(120).optional(),
  auto: z.boolean().optional(),
  note: text(2000).optional(),
  version,
});
export type AssignInput = z.infer<typeof assignSchema>;

const actSchema = z.strictObject({
  kind: z.enum(ACTION_KINDS),
  body: text(5000),
  awaitComplainant: z.boolean().optional(),
  version,
});
export type ActInput = z.infer<typeof actSchema>;

const escalateSchema = z.strictObject({ reason: text(2000), version });
export type EscalateInput = z.infer<typeof escalateSchema>;

/** CM3: the resolution says whether an amicable settlement was reached, and how. */
const resolveSchema = z.strictObject({
  resolution: text(5000),
  amicableSettlement: z.boolean(),
  settlementNotes: text(5000).optional(),
  publicReply: text(5000).optional(),
  version,
});
export type ResolveInput = z.infer<typeof resolveSchema>;

const closeSchema = z.strictObject({
  satisfaction: z.number().int().min(1).max(5),
  note: text(2000).optional(),
  version,
});
export type CloseInput = z.infer<typeof closeSchema>;

const reopenSchema = z.strictObject({ reason: text(2000), version });
export type ReopenInput = z.infer<typeof reopenSchema>;

export const parsePublicIntake = (body: unknown): Parsed<PublicIntake> => parseWith(publicSchema, body);
export const parseStaffIntake = (body: unknown): Parsed<StaffIntake> => parseWith(staffSchema, body);
export const parseAssign = (body: unknown): Parsed<AssignInput> => parseWith(assignSchema, body);
export const parseAct = (body: unknown): Parsed<ActInput> => parseWith(actSchema, body);
export const parseEscalate = (body: unknown): Parsed<EscalateInput> => parseWith(escalateSchema, body);
export const parseResolve = (body: unknown): Parsed<ResolveInput> => parseWith(resolveSchema, body);
export const parseClose = (body: unknown): Parsed<CloseInput> => parseWith(closeSchema, body);
export const parseReopen = (body: unknown): Parsed<ReopenInput> => parseWith(reopenSchema, body);
