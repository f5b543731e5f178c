/**
 * P1: the role walk, generated from cms/constants/access.ts and cms/constants/visibility.ts, against the
 * real test Strapi: every role × resource × action. "Allowed" means the answer is neither 401 nor 403:
 * - find → 200 with a Content-Range; findOne → 200 on a record the role's own list returned (404 when the
 *   list is empty); update with an empty body on that record → 200 (nothing changes);
 * - create with an empty body → 400 VALIDATION_FAILED naming the missing fields (or 201 where nothing is required);
 * - delete → an unknown id, so the walk never deletes demo data: 404 NOT_FOUND.
 * Denied → 403 FORBIDDEN. Never a 5xx. Masking per role: a hidden field is absent, a masked one masked.
 * A hand-written table of important cells keeps the grants themselves honest.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { list } from '../helpers/lists';
import { RESOURCE_NAMES, canDo, type RecordAction, type ResourceName } from '../../cms/constants/access';
import { STAFF_ROLES, type StaffRole } from '../../cms/constants/roles';
import { VISIBILITY } from '../../cms/constants/visibility';

const UNKNOWN = 'nosuchdocumentid0000000000';

/** The product owner's literal expectations: [role, resource, action, allowed]. */
const LITERAL: [StaffRole, ResourceName, RecordAction, boolean][] = [
  ['reception_officer', 'beneficiaries', 'create', true],
  ['committee_member', 'visits', 'find', false],
  ['reception_officer', 'votes', 'find', false],
  ['manager', 'beneficiaries', 'delete', false],
  ['association_admin', 'beneficiaries', 'delete', true],
  ['social_researcher', 'service-requests', 'update', true],
  ['social_researcher', 'service-requests', 'create', false],
  ['social_researcher', 'complaints', 'find', false],
  ['contact_officer', 'complaints', 'update', true],
  ['follow_up_committee', 'attestations', 'find', false],
  ['reception_officer', 'audit-logs', 'find', false],
  ['manager', 'audit-logs', 'find', true],
  ['association_admin', 'service-requests', 'create', false],
  ['committee_member', 'votes', 'create', false],
];

const CELLS = STAFF_ROLES.flatMap((role) =>
  RESOURCE_NAMES.map((resource) => [role, resource] as [StaffRole, ResourceName]),
);

type Outcome = { action: RecordAction; status: number; code?: string };

const walk = async (
  token: string,
  role: StaffRole,
  resource: ResourceName,
): Promise<{ outcomes: Outcome[]; row: Record<string, unknown> | undefined }> => {
  const base = `/api/wasl/${resource}`;
  const outcomes: Outcome[] = [];
  const note = (action: RecordAction, reply: { status: number; body: unknown }) =>
    outcomes.push({ action, status: reply.status, code: (reply.body as ErrorBody | null)?.error?.details?.code });
  const found = await list(token, resource, { range: [0, 0] });
  note('find', found);
  const row = found.status === 200 ? found.body[0] : undefined;
  const id = canDo(role, resource, 'findOne') && row ? row.id : UNKNOWN;
  // The four other cells at once: one round trip (the walk stays well under a minute on a busy machine).
  const [one, created, updated, deleted] = await Promise.all([
    http('GET', `${base}/${id}`, { token }),
    http('POST', base, { token, body: {} }),
    http('PUT', `${base}/${canDo(role, resource, 'update') && row ? row.id : UNKNOWN}`, { token, body: {} }),
    http('DELETE', `${base}/${UNKNOWN}`, { token }),
  ]);
  note('findOne', one);
  note('create', created);
  note('update', updated);
  note('delete', deleted);
  return { outcomes, row };
};

const expectedStatus = (role: StaffRole, resource: ResourceName, action: RecordAction, hasRow: boolean): number[] => {
  if (!canDo(role, resource, action)) return [403];
  if (action === 'create') return [201, 400];
  if (action === 'delete') return [404];
  if (action === 'find') return [200];
  return hasRow ? [200] : [404];
};

describe('the role walk', () => {
  it('[P1] the access table grants exactly the hand-written cells', () => {
    expect(LITERAL.length).toBeGreaterThan(0);
    expect(LITERAL.map(([role, resource, action]) => [role, resource, action, canDo(role, resource, action)])).toEqual(
      LITERAL,
    );
  });

  it('[P1] the walk covers 7 roles × 32 resources', () => {
    expect([STAFF_ROLES.length, RESOURCE_NAMES.length, CELLS.length]).toEqual([7, 32, 224]);
  });

  it.each(CELLS)(
    '[P1] %s on %s: allowed actions answer, denied ones are 403, none 5xx; fields as the table says',
    async (role, resource) => {
      const token = await loginAs(role);
      const { outcomes, row } = await walk(token, role, resource);
      expect(outcomes.map((o) => o.action)).toEqual(['find', 'findOne', 'create', 'update', 'delete']);
      for (const o of outcomes) {
        expect([o.action, o.status < 500]).toEqual([o.action, true]);
        expect([o.action, expectedStatus(role, resource, o.action, Boolean(row)).includes(o.status)]).toEqual([
          o.action,
          true,
        ]);
        if (o.status === 403) expect([o.action, o.code]).toEqual([o.action, 'FORBIDDEN']);
        if (o.action === 'create' && o.status === 400) expect(o.code).toBe('VALIDATION_FAILED');
      }
      if (!row) return;
      for (const [field, visibility] of Object.entries(VISIBILITY[resource][role].fields)) {
        if (visibility === 'hidden') expect([field, field in row]).toEqual([field, false]);
        if (visibility === 'masked' && typeof row[field] === 'string' && row[field] !== '')
          expect([field, row[field]]).toEqual([field, expect.stringMatching(/[*•]/)]);
      }
    },
  );

  it('[P1] hand-checked masking: the manager reads 1*******NN, the reception officer the whole ID; literal cells answer as written', async () => {
    const [masked] = (await list(await loginAs('manager'), 'beneficiaries', { range: [0, 0] })).body;
    const [full] = (
      await list(await loginAs('reception_officer'), 'beneficiaries', { range: [0, 0], sort: ['id', 'ASC'] })
    ).body;
    expect(masked.nationalId).toMatch(/^[12]\*{7}\d{2}$/);
    expect(full.nationalId).toMatch(/^[12]\d{9}$/);
    expect(masked).not.toHaveProperty('searchKey');
    expect((await list(await loginAs('committee_member'), 'visits')).status).toBe(403);
    expect((await list(await loginAs('reception_officer'), 'votes')).status).toBe(403);
    expect(
      (await http('POST', '/api/wasl/beneficiaries', { token: await loginAs('reception_officer'), body: {} })).status,
    ).toBe(400);
  });
});
