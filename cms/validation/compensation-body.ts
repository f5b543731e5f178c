/** Body schemas of the compensation-claim routes (C1–C4); unknown keys refused. */
import { z } from 'zod';
import { CONDITIONS } from '../domain/compensation';
import { text } from './complaint-body';
import { parseWith, type Parsed } from './zod-errors';

const version = z.number().int().min(1).optional();

const openSchema = z.strictObject({ harmDescription: text(5000, 10) });
export type OpenClaimInput = z.infer<typeof openSchema>;

/** C3: minutes of the investigation and follow-up committee stating harm, size and causes — or a final ruling. */
const evidence = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('committee_minutes'),
    meeting: z.string().min(1).max(40),
    harm: text(2000),
    size: text(2000),
    causes: text(2000),
  }),
  z.strictObject({
    kind: z.literal('final_ruling'),
    document: z.number().int().positive(),
    authority: text(200),
    issuedAt: z.iso.date(),
    final: z.boolean(),
  }),
]);
export type EvidenceInput = z.infer<typeof evidence>;

const conditionSchema = z.strictObject({
  condition: z.enum(CONDITIONS),
  established: z.boolean(),
  evidence: evidence.optional(),
  note: text(2000).optional(),
  version,
});
export type ConditionInput = z.infer<typeof conditionSchema>;

/** C4: each round of the negotiation, with the offer on the table if any. */
const negotiateSchema = z.strictObject({
  note: text(2000),
  offer: z.number().min(0).max(100_000_000).optional(),
  version,
});
export type NegotiateInput = z.infer<typeof negotiateSchema>;

const settleSchema = z.strictObject({ amount: z.number().positive().max(100_000_000), note: text(2000), version });
export type SettleInput = z.infer<typeof settleSchema>;

const closeSchema = z.strictObject({ outcome: z.enum(['declined', 'withdrawn']), note: text(2000), version });
export type CloseClaimInput = z.infer<typeof closeSchema>;

export const parseOpenClaim = (body: unknown): Parsed<OpenClaimInput> => parseWith(openSchema, body);
export const parseCondition = (body: unknown): Parsed<ConditionInput> => parseWith(conditionSchema, body);
export const parseNegotiate = (body: unknown): Parsed<NegotiateInput> => parseWith(negotiateSchema, body);
export const parseSettle = (body: unknown): Parsed<SettleInput> => parseWith(settleSchema, body);
export const parseCloseClaim = (body: unknown): Parsed<CloseClaimInput> => parseWith(closeSchema, body);
