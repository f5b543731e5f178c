/**
 * Users-permissions roles are created at bootstrap with the grants of the access matrix: least privilege per
 * role, nothing for the public yet (HRF-P1). The expectations are written by hand, not read from the matrix.
 */
import { RESOURCE_NAMES } from '../../cms/constants/access';
import { STAFF_ROLES } from '../../cms/constants/roles';
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

  // Written by hand from DESIGN.md "Who uses it" and the access table as reviewed: how many users-permissions
  // actions each role holds, and actions that must (or must never) be among them.
  it.each([
    [
      'reception_officer',
      79,
      ['plugin::wasl.journey.transition', 'plugin::wasl.attestation.sign', 'plugin::wasl.contact-tasks.done'],
      ['plugin::wasl.journey.vote', 'plugin::wasl.votes.find', 'plugin::wasl.stats.visitors'],
    ],
    [
      'social_researcher',
      42,
      ['plugin::wasl.journey.transition', 'plugin::wasl.service-requests.update'],
      ['plugin::wasl.complaints.find', 'plugin::wasl.votes.find'],
    ],
    [
      'committee_member',
      53,
      ['plugin::wasl.journey.vote', 'plugin::wasl.minutes.approve'],
      ['plugin::wasl.visits.find', 'plugin::wasl.complaints.find'],
    ],
    [
      'follow_up_committee',
      95,
      ['plugin::wasl.complaint-workflow.assign', 'plugin::wasl.compensation.condition'],
      ['plugin::wasl.audit-logs.find'],
    ],
    [
      'contact_officer',
      52,
      ['plugin::wasl.complaint-workflow.act', 'plugin::wasl.contact-officer-assignments.find'],
      ['plugin::wasl.journey.transition', 'plugin::wasl.beneficiaries.create'],
    ],
    [
      'manager',
      122,
      [
        'plugin::wasl.complaint-stats.summary',
        'plugin::wasl.stats.requestsSla',
        'plugin::wasl.audit-logs.find',
        'plugin::wasl.compensation.settle',
        'plugin::wasl.survey-tools.campaign',
      ],
      ['plugin::wasl.beneficiaries.create', 'plugin::wasl.journey.vote', 'plugin::wasl.association-profile-io.import'],
    ],
    [
      'association_admin',
      97,
      [
        'plugin::wasl.stats.visitors',
        'plugin::wasl.services.create',
        'plugin::wasl.channels.update',
        'plugin::wasl.audit-logs.find',
        'plugin::wasl.survey-tools.results',
        'plugin::wasl.association-profile-io.import',
      ],
      ['plugin::wasl.journey.transition', 'plugin::wasl.channels.delete'],
    ],
  ])(
    "[HRF-P1] role %s holds %i actions in the database, with its own and never the others'",
    async (role, count, has, never) => {
      const granted = await permissionsOf(role);
      expect(granted).toHaveLength(count);
      expect(granted).toEqual(expect.arrayContaining(has));
      expect(granted.filter((action) => never.includes(action))).toEqual([]);
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

  // Written by hand: the lists each role's screens need (DESIGN.md "Who uses it"); every other list is 403.
  const COMMON = [
    'beneficiaries',
    'branches',
    'channels',
    'complaint-categories',
    'services',
    'service-requests',
    'request-events',
    'committees',
    'association-profiles',
    'holidays',
    'policy-documents',
    'policy-acknowledgements',
  ];
  const LISTS: Record<string, string[]> = {
    reception_officer: [
      ...COMMON,
      'attestations',
      'decisions',
      'complaints',
      'complaint-actions',
      'visits',
      'appointments',
      'surveys',
      'survey-responses',
      'stakeholders',
    ],
    social_researcher: [...COMMON, 'attestations', 'committee-meetings', 'decisions', 'surveys'],
    committee_member: [
      ...COMMON,
      'attestations',
      'committee-meetings',
      'agenda-items',
      'votes',
      'decisions',
      'compensation-claims',
    ],
    follow_up_committee: [
      ...COMMON,
      'committee-meetings',
      'agenda-items',
      'votes',
      'decisions',
      'complaints',
      'complaint-actions',
      'compensation-claims',
      'visits',
      'survey-responses',
      'field-inspections',
      'inspection-findings',
      'corrective-actions',
      'contact-officer-assignments',
    ],
    contact_officer: [...COMMON, 'complaints', 'complaint-actions', 'appointments', 'contact-officer-assignments'],
    manager: [
      ...COMMON,
      'attestations',
      'committee-meetings',
      'agenda-items',
      'votes',
      'decisions',
      'complaints',
      'complaint-actions',
      'compensation-claims',
      'visits',
      'appointments',
      'surveys',
      'survey-responses',
      'survey-invitations',
      'field-inspections',
      'inspection-findings',
      'corrective-actions',
      'contact-officer-assignments',
      'stakeholders',
      'audit-logs',
      'notifications',
    ],
    association_admin: [
      ...COMMON,
      'visits',
      'surveys',
      'survey-responses',
      'survey-invitations',
      'contact-officer-assignments',
      'stakeholders',
      'audit-logs',
      'notifications',
    ],
  };

  it('[HRF-P1] each role can list exactly the resources its work needs', async () => {
    expect(RESOURCE_NAMES).toHaveLength(32);
    const mismatches: string[] = [];
    for (const role of STAFF_ROLES) {
      const token = await loginAs(role);
      for (const resource of RESOURCE_NAMES) {
        const res = await http('GET', `/api/wasl/${resource}`, { token, query: { range: [0, 0] } });
        const expected = LISTS[role].includes(resource) ? 200 : 403;
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
