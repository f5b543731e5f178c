/**
 * Sign-in limits (P1): only failures count; ten wrong passwords lock the account for 15 minutes from
 * any IP, the right password included, with a bilingual ACCOUNT_LOCKED and Retry-After; a colleague
 * behind the same IP signs in untouched; one IP has a higher ceiling of failures across usernames.
 * The counters are in the database, keyed by hashes (no username or address at rest), and the lockout
 * is audited by account id.
 */
import crypto from 'crypto';
import { http, type ErrorBody } from '../helpers/api';
import { closeDb, db, jsonColumn } from '../helpers/db';
import { signIn, staffWithPassword } from '../helpers/staff-accounts';

// Addresses from TEST-NET-3 (RFC 5737), one per test: the other test files sign in from 127.0.0.1.
const OFFICE = '203.0.113.10';
const ELSEWHERE = '203.0.113.11';
const NOISY = '203.0.113.12';
const RACE = '203.0.113.13';

type Refusal = ErrorBody & { jwt?: string };

describe('sign-in limits', () => {
  afterAll(closeDb);

  it('[P1] ten wrong passwords lock the account from any IP, even for the right password; a colleague on the same IP signs in', async () => {
    const target = await staffWithPassword('reception_officer', 'lock');
    const colleague = await staffWithPassword('reception_officer', 'colleague');
    for (let i = 0; i < 10; i += 1)
      expect((await signIn(target.username, `Wrong-password-${i}`, OFFICE)).status).toBe(400);
    const locked = await signIn(target.username, target.password, OFFICE);
    expect(locked.status).toBe(423);
    const body = locked.body as unknown as Refusal;
    expect(body.error.details.code).toBe('ACCOUNT_LOCKED');
    expect(body.error.details.messageAr).toContain('الحساب مقفل مؤقتاً');
    expect(body.error.details.messageEn).toBe(
      'The account is locked after repeated failed sign-ins; try again in 15 minutes',
    );
    expect(body.jwt).toBeUndefined();
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect((await signIn(target.username, target.password, ELSEWHERE)).status).toBe(423);
    expect((await signIn(`${target.username}@staff.example`, target.password, ELSEWHERE)).status).toBe(423);
    expect((await signIn(colleague.username, colleague.password, OFFICE)).status).toBe(200);

    const audit = await db()('wasl_audit_logs').where({ action: 'account_locked', record_id: String(target.id) });
    expect(audit.length).toBe(1);
    expect(jsonColumn(audit[0].summary)).toEqual({ failures: 10, lockedMinutes: 15, knownAccount: true });
    const rows = await db()('wasl_sign_in_attempts').select('key_hash', 'kind');
    expect(rows.length).toBeGreaterThan(0);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(target.username);
    expect(stored).not.toContain(OFFICE);
    const accountKey = crypto.createHash('sha256').update(`user:${target.id}`).digest('hex');
    expect(rows).toContainEqual({ key_hash: accountKey, kind: 'account' });
  });

  it('[P1] only failures count: many correct sign-ins from one IP all succeed, and a success clears earlier failures', async () => {
    const staff = await staffWithPassword('manager', 'busy');
    for (let i = 0; i < 9; i += 1)
      expect((await signIn(staff.username, `Wrong-password-${i}`, ELSEWHERE)).status).toBe(400);
    expect((await signIn(staff.username, staff.password, ELSEWHERE)).status).toBe(200);
    for (let i = 0; i < 9; i += 1)
      expect((await signIn(staff.username, `Wrong-again-${i}`, ELSEWHERE)).status).toBe(400);
    for (let i = 0; i < 60; i += 1) expect((await signIn(staff.username, staff.password, ELSEWHERE)).status).toBe(200);
  });

  it('[P1] one IP has a ceiling of failures across usernames (100 per window): then 429 with Retry-After, other IPs unaffected', async () => {
    const staff = await staffWithPassword('contact_officer', 'ceiling');
    const statuses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        signIn(`nobody-${i}-${crypto.randomBytes(3).toString('hex')}`, 'Wrong-password', NOISY).then((r) => r.status),
      ),
    );
    expect(statuses.length).toBe(100);
    expect(new Set(statuses)).toEqual(new Set([400]));
    const refused = await signIn(staff.username, staff.password, NOISY);
    expect(refused.status).toBe(429);
    expect((refused.body as unknown as Refusal).error.details.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signIn(staff.username, staff.password, ELSEWHERE)).status).toBe(200);
  });

  it('[P1] failures racing on one account are each counted once (one atomic upsert each) and lock it once', async () => {
    const staff = await staffWithPassword('social_researcher', 'race');
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(staff.username, `Wrong-password-${i}`, RACE).then((r) => r.status)),
    );
    expect(statuses.length).toBe(20);
    // Those checked before the lock landed are refused as wrong (400), the later ones as locked (423);
    // every 400 is one counted failure, none lost to a concurrent one.
    expect(statuses.filter((s) => s !== 400 && s !== 423)).toEqual([]);
    const wrong = statuses.filter((s) => s === 400).length;
    expect(wrong).toBeGreaterThanOrEqual(10);
    const accountKey = crypto.createHash('sha256').update(`user:${staff.id}`).digest('hex');
    const row = (await db()('wasl_sign_in_attempts').where({ key_hash: accountKey }).first('failures')) as {
      failures: number | string;
    };
    expect(Number(row.failures)).toBe(wrong);
    expect(
      (await db()('wasl_audit_logs').where({ action: 'account_locked', record_id: String(staff.id) })).length,
    ).toBe(1);
    expect((await signIn(staff.username, staff.password, RACE)).status).toBe(423);
  });

  it('[P1] a malformed sign-in body is a 400, never counted against an account or a 5xx', async () => {
    const res = await http('POST', '/api/auth/local', {
      body: { identifier: ['manager'], password: 1 },
      headers: { 'X-Forwarded-For': ELSEWHERE },
    });
    expect(res.status).toBe(400);
  });
});
