/**
 * The read-only staff directory (simple-rest shape) and a policy's acknowledgement status: a complaint is
 * assigned to a person picked from it (I1); the policy page shows who has and has not signed (PD).
 * Only id, username, names, role and account state ever leave the server (P1).
 */
import { http, loginAs, loginAsUser, type ErrorBody } from '../helpers/api';
import { APPROVAL } from '../helpers/policies';
import { closeDb, db } from '../helpers/db';
import { staffIntake, step } from '../helpers/complaints';

type Member = {
  id: number;
  username: string;
  fullNameAr: string | null;
  fullNameEn: string | null;
  role: string;
  blocked: boolean;
  confirmed: boolean;
};
type Signatures = {
  policy: string;
  versionNumber: number;
  signed: number;
  total: number;
  staff: (Member & { signed: boolean; acknowledgedAt: string | null })[];
};

const KEYS = ['blocked', 'confirmed', 'documentId', 'fullNameAr', 'fullNameEn', 'id', 'role', 'username'];
const list = async (token: string, query: Record<string, unknown> = {}) =>
  http<Member[]>('GET', '/api/wasl/staff', { token, query });

describe('the staff directory', () => {
  let manager: string;
  beforeAll(async () => {
    manager = await loginAs('manager');
  });
  afterAll(closeDb);

  it('[P1] lists staff with Content-Range, exactly id, documentId, username, names, role and account state — never e-mail, hash or token', async () => {
    const res = await list(manager, { range: [0, 499] });
    expect(res.status).toBe(200);
    const total = Number(/\/(\d+)$/.exec(res.headers.get('content-range') ?? '')?.[1]);
    expect(res.headers.get('content-range')).toBe(`staff 0-${res.body.length - 1}/${total}`);
    expect(res.body.length).toBe(total);
    expect(res.body.length).toBeGreaterThanOrEqual(9);
    for (const member of res.body) expect(Object.keys(member).sort()).toEqual(KEYS);
    expect(JSON.stringify(res.body)).not.toMatch(/@|\$2[aby]\$|password|resetPasswordToken|confirmationToken/i);
    const reem = res.body.find((m) => m.username === 'follow-up-committee');
    expect(reem).toMatchObject({
      fullNameAr: 'ريم خالد الحربي',
      fullNameEn: 'Reem Khalid Al-Harbi',
      role: 'follow_up_committee',
      blocked: false,
      confirmed: true,
    });
  });

  it('[P1] sorts, pages, filters by role and q, and answers getMany through filter={"id":[…]} and getOne', async () => {
    const asc = (await list(manager, { sort: ['username', 'ASC'], range: [0, 499] })).body.map((m) => m.username);
    expect(asc).toEqual([...asc].sort());
    const page = await list(manager, { sort: ['username', 'DESC'], range: [1, 2] });
    expect(page.body.map((m) => m.username)).toEqual([...asc].reverse().slice(1, 3));
    expect(page.headers.get('content-range')).toMatch(/^staff 1-2\/\d+$/);
    const committee = await list(manager, { filter: { role: 'committee_member' }, sort: ['username', 'ASC'] });
    expect(committee.body.map((m) => m.username)).toEqual([
      'committee-member',
      'committee-member-2',
      'committee-member-3',
    ]);
    expect((await list(manager, { filter: { q: 'الحربي' } })).body.map((m) => m.username)).toContain(
      'follow-up-committee',
    );
    const ids = committee.body.slice(0, 2).map((m) => m.id);
    const many = await list(manager, { filter: { id: ids } });
    expect(many.body.map((m) => m.id).sort()).toEqual([...ids].sort());
    const one = await http<Member>('GET', `/api/wasl/staff/${ids[0]}`, { token: manager });
    expect(one.status).toBe(200);
    expect(one.body).toEqual(committee.body[0]);
    expect((await http('GET', '/api/wasl/staff/999999', { token: manager })).status).toBe(404);
  });

  it('[P1] 400 with a stable code for malformed range, unknown sort and filters on fields outside the directory (e-mail, password)', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ range: '[0' }, 'INVALID_RANGE', 'range'],
      [{ sort: ['email', 'ASC'] }, 'INVALID_SORT', 'sort'],
      [{ filter: { email: 'manager@yusr.example.org.sa' } }, 'INVALID_FILTER', 'email'],
      [{ filter: { password: 'x' } }, 'INVALID_FILTER', 'password'],
      [{ filter: { role: 'authenticated' } }, 'INVALID_FILTER', 'role'],
      [{ filter: '{bad' }, 'INVALID_FILTER', 'filter'],
    ];
    for (const [query, code, field] of cases) {
      const res = await http<ErrorBody>('GET', '/api/wasl/staff', { token: manager, query });
      expect(res.status).toBe(400);
      expect(res.body.error.details.code).toBe(code);
      expect(res.body.error.details.errors[0]).toMatchObject({ field, code });
      expect(res.body.error.details.errors[0].messageAr).toBeTruthy();
    }
  });

  it('[P1] only the roles that assign or route complaints or own the policies may read it; 401 signed out', async () => {
    for (const role of ['follow_up_committee', 'contact_officer', 'association_admin'] as const)
      expect((await list(await loginAs(role))).status).toBe(200);
    for (const role of ['reception_officer', 'social_researcher', 'committee_member'] as const) {
      const res = await http<ErrorBody>('GET', '/api/wasl/staff', { token: await loginAs(role) });
      expect(res.status).toBe(403);
      expect((await http('GET', '/api/wasl/staff/1', { token: await loginAs(role) })).status).toBe(403);
    }
    expect((await http('GET', '/api/wasl/staff')).status).toBe(401);
  });

  it('[I1] the follow-up committee assigns a complaint to a person picked from the directory', async () => {
    const followUp = await loginAs('follow_up_committee');
    const [officer] = (await list(followUp, { filter: { role: 'contact_officer', blocked: false } })).body;
    const complaint = (await staffIntake()).body;
    const res = await step('follow_up_committee', complaint.id, 'assign', {
      assignedTo: officer.id,
      version: complaint.version,
    });
    expect(res.status).toBe(200);
    const row = await db()('wasl_complaints_assigned_to_lnk as l')
      .join('wasl_complaints as c', 'c.id', 'l.complaint_id')
      .where('c.document_id', complaint.id)
      .first('l.user_id');
    expect(row.user_id).toBe(officer.id);
  });
});

describe('who has and has not signed a policy', () => {
  let manager: string;
  let admin: string;
  let policy: string;
  beforeAll(async () => {
    manager = await loginAs('manager');
    admin = await loginAs('association_admin');
    // PD1: authoring and publishing are the association admin's; signatures count the published version.
    const created = await http<{ id: string }>('POST', '/api/wasl/policy-documents', {
      token: admin,
      body: { policyKey: `signatures-${Date.now()}`, titleAr: 'سياسة تعارض المصالح', versionNumber: 3, ...APPROVAL },
    });
    expect(created.status).toBe(201);
    policy = created.body.id;
    expect((await http('POST', `/api/wasl/policy-documents/${policy}/publish`, { token: admin })).status).toBe(200);
  });
  // Other files take "the newest policy" for their own acknowledgements: this one must not outlive the file.
  afterAll(async () => {
    expect((await http('DELETE', `/api/wasl/policy-documents/${policy}`, { token: admin })).status).toBe(200);
    await closeDb();
  });

  const signatures = async (token = manager) =>
    http<Signatures>('GET', `/api/wasl/policy-documents/${policy}/signatures`, { token });

  it('[ESR-PD3] lists every active staff member for the current version, unsigned first, then who signed and when', async () => {
    const before = await signatures();
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ policy, versionNumber: 3, signed: 0 });
    expect(before.body.total).toBe(before.body.staff.length);
    expect(before.body.staff.every((s) => !s.signed && s.acknowledgedAt === null && !s.blocked)).toBe(true);
    for (const member of before.body.staff)
      expect(Object.keys(member).sort()).toEqual([...KEYS, 'acknowledgedAt', 'signed'].sort());

    const ack = await http<{ acknowledgedAt: string }>('POST', '/api/wasl/policy-acknowledgements', {
      token: await loginAsUser('social-researcher'),
      body: { policy },
    });
    expect(ack.status).toBe(201);
    const after = await signatures();
    expect(after.body.signed).toBe(1);
    const researcher = after.body.staff.find((s) => s.username === 'social-researcher');
    expect(researcher).toMatchObject({ signed: true, acknowledgedAt: ack.body.acknowledgedAt });
    expect(after.body.staff[after.body.staff.length - 1].username).toBe('social-researcher');
    expect(after.body.staff.filter((s) => !s.signed).map((s) => s.username)).toContain('manager');
  });

  it('[ESR-PD3] a new version is signed afresh: the earlier acknowledgement no longer counts', async () => {
    const edit = await http('PUT', `/api/wasl/policy-documents/${policy}`, {
      token: admin,
      body: { versionNumber: 4, bodyAr: 'نص الإصدار الرابع' },
    });
    expect(edit.status).toBe(200);
    // A draft is not yet the version staff sign: the count still follows version 3 until it is published.
    expect((await signatures()).body).toMatchObject({ versionNumber: 3, signed: 1 });
    expect((await http('POST', `/api/wasl/policy-documents/${policy}/publish`, { token: admin })).status).toBe(200);
    const res = await signatures();
    expect(res.body).toMatchObject({ versionNumber: 4, signed: 0 });
  });

  it('[P1] only the policy owners (manager, association admin) see it; 404 for an unknown policy', async () => {
    expect((await signatures(await loginAs('association_admin'))).status).toBe(200);
    for (const role of ['reception_officer', 'committee_member', 'contact_officer'] as const)
      expect((await signatures(await loginAs(role))).status).toBe(403);
    const unknown = await http<ErrorBody>('GET', '/api/wasl/policy-documents/nope/signatures', { token: manager });
    expect(unknown.status).toBe(404);
  });
});
