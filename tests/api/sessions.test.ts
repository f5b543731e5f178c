/**
 * Revocable sessions (P1): a changed password, a block or a role change ends every earlier session at
 * once, whatever the access token's remaining lifetime; sign-out ends the current one; a refresh token
 * renews the access token until its session is revoked. The association admin's staff routes are
 * validated, audited and refuse to touch the admin's own account.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, db, jsonColumn } from '../helpers/db';
import {
  createStaff,
  issueReset,
  latestResetToken,
  sessionStatus,
  signIn,
  staffWithPassword,
  strongPassword,
  tokensOf,
  type TestStaff,
  type Tokens,
} from '../helpers/staff-accounts';

const refresh = (refreshToken: string) => http<Tokens>('POST', '/api/auth/refresh', { body: { refreshToken } });
const changePassword = (jwt: string, currentPassword: string, password: string) =>
  http<Tokens & ErrorBody>('POST', '/api/auth/change-password', {
    token: jwt,
    body: { currentPassword, password, passwordConfirmation: password },
  });
const updateStaff = async (id: number, body: unknown, token?: string) =>
  http<{ id: number; role: string; blocked: boolean } & ErrorBody>('PUT', `/api/wasl/staff/${id}`, {
    token: token ?? (await loginAs('association_admin')),
    body,
  });

describe('revocable sessions', () => {
  afterAll(closeDb);

  it('[P1] a changed password ends every earlier session: old access tokens answer 401 at once, old refresh tokens are refused', async () => {
    const staff = await staffWithPassword('reception_officer', 'pw-change');
    const first = await tokensOf(staff);
    const other = await tokensOf(staff);
    expect(await sessionStatus(first.jwt)).toBe(200);
    const next = strongPassword();
    const changed = await changePassword(first.jwt, staff.password, next);
    expect(changed.status).toBe(200);
    expect(await sessionStatus(first.jwt)).toBe(401);
    expect(await sessionStatus(other.jwt)).toBe(401);
    expect((await refresh(first.refreshToken)).status).toBe(401);
    expect((await refresh(other.refreshToken)).status).toBe(401);
    // The answer's new session works, and a second change ends it in turn.
    expect(await sessionStatus(changed.body.jwt)).toBe(200);
    const again = await changePassword(changed.body.jwt, next, strongPassword());
    expect(again.status).toBe(200);
    expect(await sessionStatus(changed.body.jwt)).toBe(401);
    expect(await sessionStatus(first.jwt)).toBe(401);
    expect((await refresh(changed.body.refreshToken)).status).toBe(401);
    expect(await sessionStatus(again.body.jwt)).toBe(200);
    expect((await signIn(staff.username, staff.password)).status).toBe(400);
  });

  it.each([
    ['Short-pass1', 'PASSWORD_TOO_SHORT'],
    ['qwerty123456', 'PASSWORD_TOO_COMMON'],
  ])('[P1] change-password refuses %j with %s, field by field, and changes nothing', async (password, code) => {
    const staff = await staffWithPassword('reception_officer', 'pw-policy');
    const { jwt } = await tokensOf(staff);
    const res = await changePassword(jwt, staff.password, password);
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe(code);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ field: 'password', code })]);
    expect(res.body.error.details.errors[0].messageAr).toMatch(/[\u0600-\u06FF]/);
    expect(await sessionStatus(jwt)).toBe(200);
    expect((await signIn(staff.username, staff.password)).status).toBe(200);
  });

  it('[P1] change-password refuses a password containing the username', async () => {
    const staff = await staffWithPassword('reception_officer', 'pw-name');
    const { jwt } = await tokensOf(staff);
    const res = await changePassword(jwt, staff.password, `X-${staff.username.toUpperCase()}-2026`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ field: 'password', code: 'PASSWORD_CONTAINS_USERNAME' }),
    ]);
  });

  it('[P1] sign-out ends this session only; a refresh renews the access token until then', async () => {
    const staff = await staffWithPassword('social_researcher', 'logout');
    const here = await tokensOf(staff);
    const elsewhere = await tokensOf(staff);
    const renewed = await refresh(here.refreshToken);
    expect(renewed.status).toBe(200);
    expect(await sessionStatus(renewed.body.jwt)).toBe(200);
    const out = await http('POST', '/api/auth/logout', {
      token: renewed.body.jwt,
      body: { refreshToken: renewed.body.refreshToken },
    });
    expect(out.status).toBe(200);
    expect(await sessionStatus(renewed.body.jwt)).toBe(401);
    expect((await refresh(renewed.body.refreshToken)).status).toBe(401);
    expect(await sessionStatus(elsewhere.jwt)).toBe(200);
    expect((await refresh(elsewhere.refreshToken)).status).toBe(200);
  });

  it('[P1] blocking a staff member ends their sessions and their sign-in; unblocking lets them sign in again', async () => {
    const staff = await staffWithPassword('contact_officer', 'block');
    const before = await tokensOf(staff);
    const blocked = await updateStaff(staff.id, { blocked: true });
    expect(blocked.status).toBe(200);
    expect(blocked.body).toMatchObject({ id: staff.id, blocked: true, role: 'contact_officer' });
    expect(await sessionStatus(before.jwt)).toBe(401);
    expect((await refresh(before.refreshToken)).status).toBe(401);
    expect((await signIn(staff.username, staff.password)).status).toBe(400);
    const audit = await db()('wasl_audit_logs').where({
      resource: 'staff',
      record_id: String(staff.id),
      action: 'update',
    });
    expect(audit.length).toBe(1);
    expect(jsonColumn(audit[0].summary)).toEqual({ fields: ['blocked'], blocked: true });
    expect((await updateStaff(staff.id, { blocked: false })).status).toBe(200);
    expect((await signIn(staff.username, staff.password)).status).toBe(200);
  });

  it('[P1] a role change ends the sessions held under the old role', async () => {
    const staff = await staffWithPassword('reception_officer', 'rerole');
    const before = await tokensOf(staff);
    const res = await updateStaff(staff.id, { role: 'contact_officer' });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('contact_officer');
    expect(await sessionStatus(before.jwt)).toBe(401);
    expect((await refresh(before.refreshToken)).status).toBe(401);
    const after = await tokensOf(staff);
    expect((await http<{ role: string }>('GET', '/api/wasl/session', { token: after.jwt })).body.role).toBe(
      'contact_officer',
    );
  });

  it("[P1] only the association admin administers staff; unknown roles, unknown keys and the admin's own account are refused", async () => {
    const staff: TestStaff = await staffWithPassword('reception_officer', 'admin-rules');
    const unknownRole = await updateStaff(staff.id, { role: 'super_admin' });
    expect(unknownRole.status).toBe(400);
    expect(unknownRole.body.error.details.errors).toEqual([
      expect.objectContaining({ field: 'role', code: 'FIELD_INVALID_ENUM' }),
    ]);
    const unknownKey = await updateStaff(staff.id, { blocked: true, password: 'x' });
    expect(unknownKey.status).toBe(400);
    expect(unknownKey.body.error.details.errors).toEqual([
      expect.objectContaining({ field: 'password', code: 'UNKNOWN_FIELD' }),
    ]);
    const manager = await loginAs('manager');
    expect((await updateStaff(staff.id, { blocked: true }, manager)).status).toBe(403);
    expect((await http('POST', `/api/wasl/staff/${staff.id}/password-reset`, { token: manager })).status).toBe(403);
    const admin = await loginAs('association_admin');
    const me = (await http<{ id: number }>('GET', '/api/wasl/session', { token: admin })).body.id;
    const own = await updateStaff(me, { role: 'manager' }, admin);
    expect(own.status).toBe(409);
    expect(own.body.error.details.code).toBe('OWN_ACCOUNT');
    expect((await updateStaff(me, { blocked: true }, admin)).status).toBe(409);
    expect((await updateStaff(999999, { blocked: true })).status).toBe(404);
    expect(await sessionStatus(admin)).toBe(200);
    expect((await signIn(staff.username, staff.password)).status).toBe(200);
  });

  it('[P1] a new account has no password until its reset link is used; while the mail waits, the outbox shows managers no link', async () => {
    const member = await createStaff('contact_officer', 'new-member');
    expect((await signIn(member.username, 'Any-password-2026')).status).toBe(400);
    expect((await issueReset(member.id)).status).toBe(201);
    const token = await latestResetToken(member.id);
    for (const role of ['manager', 'association_admin'] as const) {
      const res = await http<{ template: string; bodyText: string; bodyHtml: string | null }[]>(
        'GET',
        '/api/wasl/notifications',
        { token: await loginAs(role), query: { filter: { relatedId: String(member.id) } } },
      );
      expect(res.status).toBe(200);
      expect(res.body.length).toBe(1);
      expect(res.body[0]).toMatchObject({
        template: 'staff_password_reset',
        bodyText: 'رابط إعادة تعيين كلمة المرور (محجوب)',
        bodyHtml: null,
      });
      expect(JSON.stringify(res.body)).not.toContain(token);
    }
    const admin = await loginAs('association_admin');
    const duplicate = await http<ErrorBody>('POST', '/api/wasl/staff', {
      token: admin,
      body: { username: member.username, email: 'other@staff.example', fullNameAr: 'مكرر', role: 'manager' },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.details.errors).toEqual([
      expect.objectContaining({ field: 'username', code: 'DUPLICATE_VALUE' }),
    ]);
    const badEmail = await http<ErrorBody>('POST', '/api/wasl/staff', {
      token: admin,
      body: { username: 'valid-name', email: 'not-an-email', fullNameAr: 'اسم', role: 'manager' },
    });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.details.errors).toEqual([
      expect.objectContaining({ field: 'email', code: 'EMAIL_INVALID' }),
    ]);
    expect(
      (
        await http('POST', '/api/wasl/staff', {
          token: await loginAs('manager'),
          body: { username: 'by-manager', email: 'm@staff.example', fullNameAr: 'اسم', role: 'manager' },
        })
      ).status,
    ).toBe(403);
    const created = await db()('wasl_audit_logs').where({
      resource: 'staff',
      record_id: String(member.id),
      action: 'create',
    });
    expect(created.length).toBe(1);
  });

  it("[P1] users-permissions' own forgot and reset password routes are closed to the public", async () => {
    expect(
      (await http('POST', '/api/auth/forgot-password', { body: { email: 'manager@yusr.example.org.sa' } })).status,
    ).toBe(403);
    expect(
      (
        await http('POST', '/api/auth/reset-password', {
          body: { code: 'x', password: 'Wsl.abcdefghijkl', passwordConfirmation: 'Wsl.abcdefghijkl' },
        })
      ).status,
    ).toBe(403);
  });
});
