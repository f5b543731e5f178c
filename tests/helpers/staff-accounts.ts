/**
 * Fresh staff accounts for tests that change passwords, block, re-role or lock an account, so no demo
 * account (shared by every test file) is touched. Created as the association admin does it: the
 * account (no password), then a one-time reset link, then a password set through that link. The
 * link is read from the outbox row the reset mail went into (tests/api/password-reset.test.ts
 * receives the same mail over real SMTP).
 */
import crypto from 'crypto';
import type { StaffRole } from '../../cms/constants/roles';
import { http, loginAs } from './api';
import { db } from './db';

export type TestStaff = { id: number; username: string; password: string };
export type Tokens = { jwt: string; refreshToken: string };

export const uniqueName = (prefix: string): string => `${prefix}-${crypto.randomBytes(4).toString('hex')}`;
/** A password the policy accepts (16 characters, random, never a known one). */
export const strongPassword = (): string => `Wsl.${crypto.randomBytes(9).toString('base64url')}`;

/** The token of the latest reset link mailed to the user, from the link in the outbox row. */
export const latestResetToken = async (userId: number): Promise<string> => {
  const row = (await db()('wasl_notifications')
    .where({ template: 'staff_password_reset', related_id: String(userId) })
    .orderBy('id', 'desc')
    .first()) as { body_text: string } | undefined;
  const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(row?.body_text ?? '')?.[1];
  if (!token) throw new Error(`no reset link mailed to user ${userId}`);
  return token;
};

export const createStaff = async (
  role: StaffRole,
  prefix = 'test-staff',
): Promise<{ id: number; username: string }> => {
  const admin = await loginAs('association_admin');
  const username = uniqueName(prefix);
  const res = await http<{ id: number; username: string }>('POST', '/api/wasl/staff', {
    token: admin,
    body: { username, email: `${username}@staff.example`, fullNameAr: 'موظف اختبار', role },
  });
  if (res.status !== 201) throw new Error(`creating ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

export const issueReset = async (userId: number) =>
  http<{ expiresAt: string }>('POST', `/api/wasl/staff/${userId}/password-reset`, {
    token: await loginAs('association_admin'),
  });

/** A new staff member of `role` with a password set through their reset link. */
export const staffWithPassword = async (role: StaffRole, prefix?: string): Promise<TestStaff> => {
  const member = await createStaff(role, prefix);
  if ((await issueReset(member.id)).status !== 201) throw new Error('issuing the reset link failed');
  const password = strongPassword();
  const res = await http('POST', '/api/wasl/password-reset', {
    body: { token: await latestResetToken(member.id), password },
  });
  if (res.status !== 200) throw new Error(`setting the password failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...member, password };
};

/** Signs in (from `ip` through X-Forwarded-For when given) and answers the raw reply. */
export const signIn = (identifier: string, password: string, ip?: string) =>
  http<Tokens & { error?: { details?: { code?: string } } }>('POST', '/api/auth/local', {
    body: { identifier, password },
    headers: ip ? { 'X-Forwarded-For': ip } : {},
  });

export const tokensOf = async (staff: TestStaff): Promise<Tokens> => {
  const res = await signIn(staff.username, staff.password);
  if (res.status !== 200) throw new Error(`sign-in as ${staff.username} failed: ${res.status}`);
  return { jwt: res.body.jwt, refreshToken: res.body.refreshToken };
};

/** The status a token gets from an authenticated Wasl route. */
export const sessionStatus = async (jwt: string): Promise<number> =>
  (await http('GET', '/api/wasl/session', { token: jwt })).status;
