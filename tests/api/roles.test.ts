/**
 * Users-permissions roles are created at bootstrap with exactly the grants of the access matrix
 * (cms/constants/access.ts): least privilege per role, nothing for the public yet (HRF-P1).
 */
import { grantedActions, RESOURCE_NAMES, canDo } from '../../cms/constants/access';
import { STAFF_ROLES, type StaffRole } from '../../cms/constants/roles';
import { http, loginAs } from '../helpers/api';
import { closeDb, db } from '../helpers/db';

const permissionsOf = async (type: string): Promise<string[]> => {
  const rows = await db()('up_permissions as p')
    .join('up_permissions_role_lnk as l', 'l.permission_id', 'p.id')
    .join('up_roles as r', 'r.id', 'l.role_id')
    .where('r.type', type)
    .select('p.action');
  return rows.map((r: { action: string }) => r.action).sort();
};

describe('roles and permissions', () => {
  afterAll(closeDb);

  it.each(STAFF_ROLES.map((role) => [role]))(
    '[HRF-P1] role %s has exactly the grants of the access matrix',
    async (role) => {
      expect(await permissionsOf(role)).toEqual([...grantedActions(role as StaffRole)].sort());
    },
  );

  it('[HRF-P1] the public role has no Wasl permission yet', async () => {
    expect((await permissionsOf('public')).filter((a) => a.startsWith('plugin::wasl.'))).toEqual([]);
  });

  it('[HRF-P1] a reception officer never sees committee votes', async () => {
    const res = await http('GET', '/api/wasl/votes', { token: await loginAs('reception_officer') });
    expect(res.status).toBe(403);
  });

  it.each([
    ['an admin reading a request journey', 'association_admin', 'GET', '/api/wasl/service-requests/x/journey'],
    ['a manager signing an attestation', 'manager', 'POST', '/api/wasl/attestations/x/signature'],
    [
      'a reception officer approving minutes',
      'reception_officer',
      'POST',
      '/api/wasl/committee-meetings/x/minutes/approvals',
    ],
  ] as const)(
    '[HRF-P1] %s is refused 403 FORBIDDEN in Arabic and English before anything is looked up',
    async (_name, role, method, path) => {
      const res = await http<{ error: { details: { code: string; messageAr: string; messageEn: string } } }>(
        method,
        path,
        { token: await loginAs(role), body: method === 'GET' ? undefined : {} },
      );
      expect(res.status).toBe(403);
      expect(res.body.error.details).toMatchObject({
        code: 'FORBIDDEN',
        messageAr: 'لا تملك صلاحية هذا الإجراء',
        messageEn: 'You are not allowed to do this',
      });
    },
  );

  it('[HRF-P1] a call without a token is refused 401 in Arabic and English', async () => {
    const res = await http<{ error: { details: { code: string; messageAr: string } } }>(
      'GET',
      '/api/wasl/service-requests/x/journey',
    );
    expect(res.status).toBe(401);
    expect(res.body.error.details).toMatchObject({ code: 'UNAUTHENTICATED', messageAr: 'يلزم تسجيل الدخول' });
  });

  it('[HRF-P1] each role can list exactly the resources the matrix grants it', async () => {
    const mismatches: string[] = [];
    for (const role of STAFF_ROLES) {
      const token = await loginAs(role);
      for (const resource of RESOURCE_NAMES) {
        const res = await http('GET', `/api/wasl/${resource}`, { token, query: { range: [0, 0] } });
        const expected = canDo(role, resource, 'find') ? 200 : 403;
        if (res.status !== expected) mismatches.push(`${role} ${resource}: ${res.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('self-registration is closed: staff accounts come from the association admin', async () => {
    const res = await http('POST', '/api/auth/local/register', {
      body: { username: 'intruder', email: 'intruder@example.com', password: 'Passw0rd!x' },
    });
    expect(res.status).toBe(403);
  });
});
