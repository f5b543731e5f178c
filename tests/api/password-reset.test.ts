/**
 * Staff password reset (P1): the association admin issues a one-time link; it reaches the member in an
 * Arabic mail over real SMTP and nowhere else (not in the answer, the log, the audit or the reset
 * table); using it sets a password that meets the policy, ends every earlier session, and burns it.
 */
import fs from 'fs';
import path from 'path';
import { simpleParser } from 'mailparser';
import type { SMTPServer } from 'smtp-server';
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { readTestServer, ROOT } from '../helpers/server-env';
import { startSmtp, stopSmtp, waitFor, type Received } from '../helpers/smtp';
import {
  createStaff,
  issueReset,
  sessionStatus,
  signIn,
  strongPassword,
  tokensOf,
  type TestStaff,
} from '../helpers/staff-accounts';

const reset = (token: string, password: string, ip?: string) =>
  http<ErrorBody & { ok?: boolean }>('POST', '/api/wasl/password-reset', {
    body: { token, password },
    headers: ip ? { 'X-Forwarded-For': ip } : {},
  });

describe('staff password reset', () => {
  const inbox: Received[] = [];
  let smtp: SMTPServer | null = null;
  beforeAll(async () => {
    smtp = await startSmtp(readTestServer().smtpPort, inbox);
  });
  afterAll(async () => {
    await stopSmtp(smtp);
    await closeDb();
  });

  const linkMailedTo = async (address: string) => {
    const mail = await waitFor(async () => inbox.find((m) => m.to.includes(address)));
    const parsed = await simpleParser(mail.raw);
    const token = /\/console\/#\/reset-password\?token=([A-Za-z0-9_-]{43})/.exec(parsed.text ?? '')?.[1];
    return { parsed, token: token ?? '' };
  };

  it("[P1] the admin's link arrives by Arabic mail only; it sets a policy-compliant password once, ending every earlier session", async () => {
    const member = await createStaff('reception_officer', 'reset');
    const address = `${member.username}@staff.example`;
    const issued = await issueReset(member.id);
    expect(issued.status).toBe(201);
    expect(Object.keys(issued.body)).toEqual(['expiresAt']);
    const { parsed, token } = await linkMailedTo(address);
    expect(token).toHaveLength(43);
    expect(parsed.subject).toMatch(/^إعادة تعيين كلمة المرور — /);
    expect(parsed.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(parsed.html).toContain(`reset-password?token=${token}`);
    // Once delivered, the outbox's stored copy no longer holds a usable link.
    const sent = await waitFor(async () => {
      const row = (await db()('wasl_notifications')
        .where({ template: 'staff_password_reset', related_id: String(member.id), status: 'sent' })
        .first()) as { body_text: string; body_html: string | null } | undefined;
      return row && !row.body_text.includes(token) ? row : undefined;
    });
    expect(sent.body_text).toBe('رابط إعادة تعيين كلمة المرور (حُذف بعد الإرسال)');
    expect(sent.body_html).toBeNull();

    // First use: a password the policy refuses keeps the link usable.
    const weak = await reset(token, 'short-pass');
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.errors).toEqual([
      expect.objectContaining({ field: 'password', code: 'PASSWORD_TOO_SHORT' }),
    ]);
    const password = strongPassword();
    expect((await reset(token, password)).status).toBe(200);
    const staff: TestStaff = { ...member, password };
    const before = await tokensOf(staff);

    // A second link, used: the session held before it is over; the new password signs in.
    expect((await issueReset(member.id)).status).toBe(201);
    inbox.length = 0;
    const second = await linkMailedTo(address);
    const next = strongPassword();
    expect((await reset(second.token, next)).status).toBe(200);
    expect(await sessionStatus(before.jwt)).toBe(401);
    expect((await http('POST', '/api/auth/refresh', { body: { refreshToken: before.refreshToken } })).status).toBe(401);
    expect((await signIn(member.username, password)).status).toBe(400);
    expect((await signIn(member.username, next)).status).toBe(200);

    // Burnt: the link's second use is refused, and so is the first link (voided by the second).
    const replay = await reset(second.token, strongPassword());
    expect(replay.status).toBe(400);
    expect(replay.body.error.details.errors).toEqual([
      expect.objectContaining({ field: 'token', code: 'RESET_TOKEN_INVALID' }),
    ]);
    expect((await reset(token, strongPassword())).status).toBe(400);
    expect((await signIn(member.username, next)).status).toBe(200);

    // The token is in the mail only: not stored (only its hash), not in the audit, not in the server log.
    const stored = await db()('wasl_password_resets').where({ user_id: member.id });
    const outbox = await waitFor(async () => {
      const rows = await db()('wasl_notifications').where({
        template: 'staff_password_reset',
        related_id: String(member.id),
        status: 'sent',
      });
      return rows.length === 2 ? rows : undefined;
    });
    expect(JSON.stringify(outbox)).not.toContain(second.token);
    expect(stored.length).toBe(2);
    expect(JSON.stringify(stored)).not.toContain(second.token);
    const audit = await db()('wasl_audit_logs')
      .where({ resource: 'staff', record_id: String(member.id) })
      .orderBy('id');
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'create',
      'password_reset_issued',
      'password_reset',
      'password_reset_issued',
      'password_reset',
    ]);
    expect(JSON.stringify(audit)).not.toContain(second.token);
    const log = fs.readFileSync(path.join(ROOT, '.tmp', 'test-server.log'), 'utf8');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(token);
    expect(log).not.toContain(second.token);
  });

  it('[P1] guessing tokens is limited per IP: after 10 wrong tokens the IP gets 429 with Retry-After, others do not', async () => {
    const guesser = '198.51.100.20';
    for (let i = 0; i < 10; i += 1)
      expect((await reset(`${'G'.repeat(40)}${i}00`, strongPassword(), guesser)).status).toBe(400);
    const refused = await reset('G'.repeat(43), strongPassword(), guesser);
    expect(refused.status).toBe(429);
    expect(refused.body.error.details.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await reset('G'.repeat(43), strongPassword(), '198.51.100.21')).status).toBe(400);
  });

  it('[P1] an unknown or malformed token is refused with a field message; only the admin issues links', async () => {
    const unknown = await reset('A'.repeat(43), strongPassword());
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.code).toBe('RESET_TOKEN_INVALID');
    expect(unknown.body.error.details.messageAr).toMatch(/[\u0600-\u06FF]/);
    const extra = await http<ErrorBody>('POST', '/api/wasl/password-reset', {
      body: { token: 'x', password: 'y', username: 'manager' },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.error.details.errors).toEqual([
      expect.objectContaining({ field: 'username', code: 'UNKNOWN_FIELD' }),
    ]);
    const member = await createStaff('contact_officer', 'reset-deny');
    for (const role of ['manager', 'reception_officer'] as const) {
      expect(
        (await http('POST', `/api/wasl/staff/${member.id}/password-reset`, { token: await loginAs(role) })).status,
      ).toBe(403);
    }
    expect((await http('POST', `/api/wasl/staff/${member.id}/password-reset`)).status).toBe(401);
  });
});
