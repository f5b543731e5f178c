/**
 * The configuration an association admin edits in the console (issue 14): a committee's members and
 * quorum (H6), routing rules to contact officers for the association's own categories (I1), the answer
 * deadline per category (CM4) and the officer's tools (ALL-TOOLS). Each write is the admin's alone,
 * checked with field errors, and audited.
 */
import { randomUUID } from 'crypto';
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { staffIntake } from '../helpers/complaints';
import { closeDb, db, jsonColumn } from '../helpers/db';

type Rec = { id: string } & Record<string, unknown>;
const short = () => randomUUID().slice(0, 8);

const documentIdOf = async (username: string): Promise<string> =>
  ((await db()('up_users').where({ username }).first('document_id')) as { document_id: string }).document_id;
const userIdOf = async (username: string): Promise<number> =>
  ((await db()('up_users').where({ username }).first('id')) as { id: number }).id;

const errorOf = (body: unknown) => (body as ErrorBody).error.details;
const fieldErrors = (body: unknown) => errorOf(body).errors.map(({ field, code }) => ({ field, code }));

const auditedFields = async (resource: string, recordId: string, action: string): Promise<unknown[]> =>
  (
    (await db()('wasl_audit_logs').where({ resource, record_id: recordId, action }).select('summary')) as {
      summary: unknown;
    }[]
  ).map((row) => (jsonColumn(row.summary) as { fields?: unknown }).fields);

afterAll(closeDb);

describe('committees: members and quorum', () => {
  const committee = async (body: Record<string, unknown>) =>
    http<Rec>('POST', '/api/wasl/committees', {
      token: await loginAs('association_admin'),
      body: { key: `cfg-${short()}`, nameAr: 'لجنة الإعدادات', type: 'specialized', ...body },
    });

  it('[H6] the admin names the members and a quorum they can reach; a larger quorum is refused on the field', async () => {
    const members = [await documentIdOf('committee-member'), await documentIdOf('committee-member-2')];
    const refused = await committee({ quorum: 3, members });
    expect(refused.status).toBe(400);
    expect(fieldErrors(refused.body)).toEqual([{ field: 'quorum', code: 'QUORUM_ABOVE_MEMBERS' }]);
    expect(errorOf(refused.body).errors[0].messageEn).toContain('(3)');

    const created = await committee({ quorum: 2, members });
    expect(created.status).toBe(201);
    expect([...(created.body.members as string[])].sort()).toEqual([...members].sort());
    const admin = await loginAs('association_admin');
    const lower = await http<Rec>('PUT', `/api/wasl/committees/${created.body.id}`, {
      token: admin,
      body: { members: [members[0]] },
    });
    expect(lower.status).toBe(400);
    expect(fieldErrors(lower.body)).toEqual([{ field: 'quorum', code: 'QUORUM_ABOVE_MEMBERS' }]);
    const both = await http<Rec>('PUT', `/api/wasl/committees/${created.body.id}`, {
      token: admin,
      body: { members: [members[0]], quorum: 1 },
    });
    expect(both.status).toBe(200);
    expect(both.body).toMatchObject({ quorum: 1, members: [members[0]] });
    expect(await auditedFields('committees', created.body.id, 'update')).toEqual([
      expect.arrayContaining(['members', 'quorum']),
    ]);
  });

  it('[H6] a member whose role cannot vote on requests, or a blocked account, is refused naming the account', async () => {
    const unsuited = await committee({ quorum: 1, members: [await documentIdOf('reception-officer')] });
    expect(unsuited.status).toBe(400);
    expect(fieldErrors(unsuited.body)).toEqual([{ field: 'members', code: 'STAFF_ROLE_UNSUITED' }]);
    expect(errorOf(unsuited.body).errors[0].messageEn).toBe(
      'The role of "reception-officer" does not allow voting on requests',
    );
    // The follow-up committee approves minutes (C3): the manager sits on it, a committee member's role cannot.
    const followUp = await committee({
      type: 'follow_up',
      quorum: 1,
      members: [await documentIdOf('manager'), await documentIdOf('follow-up-committee')],
    });
    expect(followUp.status).toBe(201);
    const admin = await loginAs('association_admin');
    const id = await userIdOf('committee-member-3');
    await db()('up_users').where({ id }).update({ blocked: true });
    try {
      const blocked = await committee({ quorum: 1, members: [await documentIdOf('committee-member-3')] });
      expect(blocked.status).toBe(400);
      expect(fieldErrors(blocked.body)).toEqual([{ field: 'members', code: 'STAFF_ACCOUNT_INACTIVE' }]);
    } finally {
      await db()('up_users').where({ id }).update({ blocked: false });
    }
    expect(
      (await http('PUT', `/api/wasl/committees/${followUp.body.id}`, { token: admin, body: { quorum: 2 } })).status,
    ).toBe(200);
  });

  it.each([
    ['manager', 403],
    ['committee_member', 403],
    ['reception_officer', 403],
  ] as const)('[H6] %s may not change a committee (%i)', async (role, status) => {
    const created = await committee({ quorum: 1, members: [await documentIdOf('committee-member')] });
    const res = await http('PUT', `/api/wasl/committees/${created.body.id}`, {
      token: await loginAs(role),
      body: { quorum: 1, nameAr: 'تعديل' },
    });
    expect(res.status).toBe(status);
  });
});

describe('contact officers: routing rules for the association’s own categories', () => {
  const rule = async (body: Record<string, unknown>, role: Parameters<typeof loginAs>[0] = 'association_admin') =>
    http<Rec>('POST', '/api/wasl/contact-officer-assignments', { token: await loginAs(role), body });

  it('[I1] a category the admin added is routed to its contact officer: the next complaint in it is theirs', async () => {
    const admin = await loginAs('association_admin');
    const key = `cfg_${short()}`;
    const category = await http<Rec>('POST', '/api/wasl/complaint-categories', {
      token: admin,
      body: { key, nameAr: 'المراسلات والفاكس', enabled: true },
    });
    expect(category.status).toBe(201);
    const created = await rule({
      officer: await documentIdOf('contact-officer'),
      areaAr: 'المراسلات',
      complaintCategory: key,
      active: true,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ complaintCategory: key, beneficiaryCategory: null, active: true });
    expect(await auditedFields('contact-officer-assignments', created.body.id, 'create')).toHaveLength(1);

    const complaint = await staffIntake({ category: key });
    expect(complaint.status).toBe(201);
    const row = (await db()('wasl_complaints_assigned_to_lnk')
      .join('wasl_complaints', 'wasl_complaints.id', 'wasl_complaints_assigned_to_lnk.complaint_id')
      .where('wasl_complaints.document_id', complaint.body.id)
      .first('user_id')) as { user_id: number } | undefined;
    expect(row?.user_id).toBe(await userIdOf('contact-officer'));
    expect(complaint.body).toMatchObject({ status: 'assigned', department: 'المراسلات' });
    // An emptied choice in the console arrives as '' and means "any": stored as null, as routing reads it.
    const off = await http<Rec>('PUT', `/api/wasl/contact-officer-assignments/${created.body.id}`, {
      token: admin,
      body: { active: false, beneficiaryCategory: '' },
    });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, beneficiaryCategory: null });
  });

  it('[I1] an unknown category, a rule that routes nothing and an officer who cannot work complaints are refused', async () => {
    const officer = await documentIdOf('contact-officer');
    const unknown = await rule({ officer, areaAr: 'مجال', complaintCategory: 'no_such_category' });
    expect(unknown.status).toBe(400);
    expect(fieldErrors(unknown.body)).toEqual([{ field: 'complaintCategory', code: 'FIELD_INVALID_REFERENCE' }]);
    const empty = await rule({ officer, areaAr: 'مجال' });
    expect(empty.status).toBe(400);
    expect(fieldErrors(empty.body)).toEqual([{ field: 'complaintCategory', code: 'ROUTING_RULE_EMPTY' }]);
    const researcher = await rule({
      officer: await documentIdOf('social-researcher'),
      areaAr: 'مجال',
      beneficiaryCategory: 'elderly',
    });
    expect(researcher.status).toBe(400);
    expect(fieldErrors(researcher.body)).toEqual([{ field: 'officer', code: 'STAFF_ROLE_UNSUITED' }]);
  });

  it.each([
    ['contact_officer', 'find', 200],
    ['follow_up_committee', 'find', 200],
    ['reception_officer', 'find', 403],
    ['contact_officer', 'create', 403],
    ['manager', 'create', 403],
  ] as const)('[I1] %s %s → %i', async (role, action, status) => {
    const res =
      action === 'find'
        ? await http('GET', '/api/wasl/contact-officer-assignments', { token: await loginAs(role) })
        : await rule(
            { officer: await documentIdOf('contact-officer'), areaAr: 'مجال', beneficiaryCategory: 'youth' },
            role,
          );
    expect(res.status).toBe(status);
  });
});

describe('the profile: deadlines per category and the officer tools', () => {
  const profileId = async () =>
    (await http<Rec[]>('GET', '/api/wasl/association-profiles', { token: await loginAs('association_admin') })).body[0]
      .id;
  const put = async (body: Record<string, unknown>, role: Parameters<typeof loginAs>[0] = 'association_admin') =>
    http<Rec>('PUT', `/api/wasl/association-profiles/${await profileId()}`, { token: await loginAs(role), body });

  it('[HRF-CM4] a deadline per category names each bad entry by its path; an empty entry falls back to the default', async () => {
    const refused = await put({ complaintSlaByCategory: { delay: -3, no_such_category: 4, staff_conduct: 2.5 } });
    expect(refused.status).toBe(400);
    expect(fieldErrors(refused.body)).toEqual([
      { field: 'complaintSlaByCategory.delay', code: 'FIELD_OUT_OF_RANGE' },
      { field: 'complaintSlaByCategory.staff_conduct', code: 'FIELD_OUT_OF_RANGE' },
    ]);
    const unknown = await put({ complaintSlaByCategory: { no_such_category: 4 } });
    expect(fieldErrors(unknown.body)).toEqual([
      { field: 'complaintSlaByCategory.no_such_category', code: 'FIELD_INVALID_REFERENCE' },
    ]);
    try {
      const saved = await put({ complaintSlaByCategory: { delay: 2, staff_conduct: null } });
      expect(saved.status).toBe(200);
      expect(saved.body.complaintSlaByCategory).toEqual({ delay: 2 });
      expect(await auditedFields('association-profiles', saved.body.id, 'update')).toContainEqual([
        'complaintSlaByCategory',
      ]);
    } finally {
      await put({ complaintSlaByCategory: null });
    }
  });

  it('[ALL-TOOLS] the tools are policy documents, each once, named by index when not', async () => {
    const keys = (
      await http<{ policyKey: string }[]>('GET', '/api/wasl/policy-documents', {
        token: await loginAs('association_admin'),
      })
    ).body.map((p) => p.policyKey);
    const [first, second] = [...new Set(keys)];
    expect(second).toBeDefined();
    const before = (
      await http<Rec>('GET', `/api/wasl/association-profiles/${await profileId()}`, {
        token: await loginAs('association_admin'),
      })
    ).body.tools;
    const refused = await put({ tools: [first, 'no-such-policy', first] });
    expect(refused.status).toBe(400);
    expect(fieldErrors(refused.body)).toEqual([{ field: 'tools.2', code: 'LIST_VALUE_REPEATED' }]);
    const unknown = await put({ tools: [first, 'no-such-policy'] });
    expect(fieldErrors(unknown.body)).toEqual([{ field: 'tools.1', code: 'FIELD_INVALID_REFERENCE' }]);
    expect((await put({ tools: [second, first] }, 'manager')).status).toBe(403);
    try {
      const saved = await put({ tools: [second, first] });
      expect(saved.status).toBe(200);
      expect(saved.body.tools).toEqual([second, first]);
    } finally {
      await put({ tools: before ?? null });
    }
  });
});
