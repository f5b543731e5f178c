/** Body schemas of the association admin's staff routes and of the public password reset (P1); unknown keys refused. */
import { z } from 'zod';
import { STAFF_ROLES } from '../constants/roles';
import { parseWith, type Parsed } from './zod-errors';

const role = z.enum(STAFF_ROLES as [string, ...string[]]);
const name = z.string().trim().min(1).max(160);

const updateSchema = z.strictObject({ blocked: z.boolean().optional(), role: role.optional() });
export type StaffUpdateInput = z.infer<typeof updateSchema>;

const createSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .regex(/^[a-z0-9._-]+$/),
  email: z.email().max(200),
  fullNameAr: name,
  fullNameEn: name.optional(),
  role,
});
export type StaffCreateInput = z.infer<typeof createSchema>;

// The token is 43 base64url characters (32 random bytes); the password is checked by the policy after the shape.
const resetSchema = z.strictObject({ token: z.string().min(1).max(200), password: z.string().min(1).max(500) });
export type PasswordResetInput = z.infer<typeof resetSchema>;

export const parseStaffUpdate = (body: unknown): Parsed<StaffUpdateInput> => parseWith(updateSchema, body);
export const parseStaffCreate = (body: unknown): Parsed<StaffCreateInput> => parseWith(createSchema, body);
export const parsePasswordReset = (body: unknown): Parsed<PasswordResetInput> => parseWith(resetSchema, body);
