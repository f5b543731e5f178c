/**
 * Clauses the product already implements, each proved on a real Strapi with expectations written from
 * the policy texts (../shared/policies): stakeholders, the officer's tools, inquiries answered, the daily
 * visitor count, support services, the association's identity, supervision of the contact officers, and
 * satisfaction as a tool for improvement.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb } from '../helpers/db';
import { staffIntake, step, track } from '../helpers/complaints';

type Row = Record<string, unknown> & { id: string };
const list = async (role: Parameters<typeof loginAs>[0], resource: string, query: Record<string, unknown> = {}) =>
  http<Row[]>('GET', `/api/wasl/${resource}`, { token: await loginAs(role), query: { range: [0, 199], ...query } });

afterAll(closeDb);

describe('clauses of the five policies', () => {
  it('[ALL-STK] the manager records a donor and a government body among the stakeholders; the front desk reads, never writes', async () => {
    const manager = await loginAs('manager');
    const donor = await http<Row>('POST', '/api/wasl/stakeholders', {
      token: manager,
      body: { kind: 'donor', nameAr: 'مؤسسة البر الخيرية', active: true },
    });
    expect(donor.status).toBe(201);
    expect(donor.body).toMatchObject({ kind: 'donor', nameAr: 'مؤسسة البر الخيرية' });
    const body = { kind: 'government_body', nameAr: 'وزارة الموارد البشرية والتنمية الاجتماعية', active: true };
    expect((await http('POST', '/api/wasl/stakeholders', { token: manager, body })).status).toBe(201);
    const seen = await list('reception_officer', 'stakeholders', { filter: { kind: 'donor', q: 'مؤسسة البر' } });
    expect(seen.body.map((s) => s.nameAr)).toEqual(['مؤسسة البر الخيرية']);
    const refused = await http('POST', '/api/wasl/stakeholders', { token: await loginAs('reception_officer'), body });
    expect(refused.status).toBe(403);
  });

  it('[ALL-TOOLS] the officer opens the tools Yusr lists as policy documents', async () => {
    const tools = await list('reception_officer', 'policy-documents', {
      filter: { isOfficerTool: true },
      sort: ['policyKey', 'ASC'],
    });
    expect(tools.status).toBe(200);
    expect(tools.body.map((t) => [t.policyKey, t.titleAr])).toEqual([
      ['basic-regulation', 'اللائحة الأساسية للجمعية'],
      ['social-research-guide', 'دليل خدمات البحث الاجتماعي'],
      ['support-policy-guide', 'دليل سياسة الدعم للمستفيدين'],
    ]);
  });

  it('[HRF-CM2] an inquiry is received and answered, and the answer reaches the public tracking page', async () => {
    const inquiry = await staffIntake({
      kind: 'inquiry',
      channel: 'phone',
      category: 'technical_support',
      complainantPhone: '0551236677',
    });
    expect(inquiry.status).toBe(201);
    expect(inquiry.body.trackingNumber).toMatch(/^INQ-14\d\d-\d{6}$/);
    const answer = 'يمكنكم التسجيل في الخدمة عبر الرابط الإلكتروني على موقع الجمعية';
    expect((await step('contact_officer', inquiry.body.id, 'act', { kind: 'public_reply', body: answer })).status).toBe(
      200,
    );
    const tracked = await track<{ replies: { body: string }[] }>(inquiry.body.trackingNumber, { last4: '6677' });
    expect(tracked.body.replies.map((r) => r.body)).toEqual([answer]);
  });

  it('[HRF-MC1] the visitors of a branch are counted for the day', async () => {
    const reception = await loginAs('reception_officer');
    const [branch] = (await list('reception_officer', 'branches', { sort: ['code', 'ASC'] })).body;
    expect(branch).toBeDefined();
    const day = '2026-11-30';
    for (const [count, purpose] of [
      [3, 'inquiry'],
      [2, 'service_request'],
    ] as const) {
      const res = await http('POST', '/api/wasl/visits', {
        token: reception,
        body: { visitDate: day, branch: branch.id, count, purpose, channel: 'walk_in' },
      });
      expect(res.status).toBe(201);
    }
    const counted = await list('manager', 'visits', {
      filter: { visitDate: day, branch: branch.id, purpose: ['inquiry', 'service_request'], count_gte: 2 },
    });
    expect(counted.body.length).toBeGreaterThan(0);
    const mine = counted.body.filter((v) => v.count === 3 || v.count === 2);
    expect(mine.map((v) => v.count).sort()).toEqual(expect.arrayContaining([2, 3]));
  });

  it('[HRF-MC5] a support service (copying, a call) is recorded as a visit of its own purpose', async () => {
    const [branch] = (await list('reception_officer', 'branches')).body;
    const res = await http<Row>('POST', '/api/wasl/visits', {
      token: await loginAs('reception_officer'),
      body: {
        visitDate: '2026-11-30',
        branch: branch.id,
        count: 1,
        purpose: 'support_service',
        channel: 'walk_in',
        notes: 'تصوير مستندات',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ purpose: 'support_service', count: 1 });
  });

  it('[ESR-PD5] the association shows its identity: name, city, website, phone, e-mail and social accounts', async () => {
    const [profile] = (await list('reception_officer', 'association-profiles')).body;
    expect(profile).toMatchObject({
      nameAr: 'جمعية يُسر للتنمية الأسرية',
      nameEn: 'Yusr Association for Family Development',
      city: 'جدة',
      website: 'https://yusr.example.org.sa',
      phone: '+966122345678',
      email: 'info@yusr.example.org.sa',
      socialAccounts: { x: '@yusr_example', instagram: '@yusr_example' },
    });
  });

  it('[ESR-S6] senior management sees who the contact officers are and what they answer, without editing the assignments', async () => {
    const seen = await list('manager', 'contact-officer-assignments');
    expect(seen.status).toBe(200);
    expect(seen.body.length).toBeGreaterThan(0);
    const edit = await http('PUT', `/api/wasl/contact-officer-assignments/${seen.body[0].id}`, {
      token: await loginAs('manager'),
      body: { active: false },
    });
    expect(edit.status).toBe(403);
  });

  it('[ALL-SAT] the complainant rates the handling 1 to 5; ratings are evaluation, nobody edits or deletes a survey response', async () => {
    const c = (await staffIntake({ channel: 'in_person', category: 'service_quality' })).body;
    expect((await step('follow_up_committee', c.id, 'assign', { department: 'إدارة الخدمات' })).status).toBe(200);
    const resolved = await step('follow_up_committee', c.id, 'resolve', {
      resolution: 'اعتذرنا وأعدنا ترتيب المواعيد',
      amicableSettlement: true,
      settlementNotes: 'قبلت المشتكية الاعتذار',
    });
    expect(resolved.status).toBe(200);
    const six = await step('follow_up_committee', c.id, 'close', { satisfaction: 6 });
    expect(six.status).toBe(400);
    expect((six.body as unknown as ErrorBody).error.details.errors.map((e) => e.field)).toEqual(['satisfaction']);
    const closed = await step('follow_up_committee', c.id, 'close', { satisfaction: 4 });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', satisfaction: 4 });
    const responses = await list('manager', 'survey-responses');
    expect(responses.body.length).toBeGreaterThan(0);
    for (const role of ['manager', 'association_admin'] as const) {
      const token = await loginAs(role);
      expect(
        (await http('PUT', `/api/wasl/survey-responses/${responses.body[0].id}`, { token, body: { score: 5 } })).status,
      ).toBe(403);
      expect((await http('DELETE', `/api/wasl/survey-responses/${responses.body[0].id}`, { token })).status).toBe(403);
    }
  });
});
