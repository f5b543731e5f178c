/**
 * MC7–MC9, S2, S3: the daily field survey — a checklist per site, branch and day (general order,
 * clarity of service guidance, workflow at service sites, the branch's beneficiary-service office),
 * findings with corrective actions (owner, due date, done by whom and when), an emergency that reaches
 * every manager at once through the outbox (a real SMTP server on loopback), and the open actions for
 * senior management (GET /api/wasl/stats/inspection-findings).
 */
import crypto from 'crypto';
import { simpleParser } from 'mailparser';
import type { SMTPServer } from 'smtp-server';
import { baseUrl, http, loginAs, type ErrorBody } from '../helpers/api';
import { EXE, realPng } from '../helpers/files';
import { closeDb, db } from '../helpers/db';
import { readTestServer } from '../helpers/server-env';
import { startSmtp, stopSmtp, waitFor, type Received } from '../helpers/smtp';
import { createStaff } from '../helpers/staff-accounts';

type Inspection = {
  id: string;
  inspectionDate: string;
  status: string;
  emergency: boolean;
  reportedToManagerAt: string | null;
  inspector: string | null;
  officeOk: boolean;
  officeNote: string | null;
};
type Action = { id: string; status: string; doneAt: string | null; doneBy: string | null; owner: string };
type Findings = {
  open: number;
  overdue: number;
  items: {
    id: number;
    inspectionDate: string;
    branchName: string;
    finding: string;
    owner: string;
    dueDate: string;
    emergency: boolean;
  }[];
};

const CHECKLIST_OK = { orderOk: true, guidanceClear: true, workflowOk: true, officeOk: true };

const userDocumentId = async (username: string): Promise<string> =>
  (await db()('up_users').where({ username }).first('document_id')).document_id;

describe('field inspections (MC7–MC9, S2, S3)', () => {
  let followUp: string;
  let manager: string;
  let branch: string;
  const inbox: Received[] = [];
  let smtp: SMTPServer | null = null;

  const inspect = (body: Record<string, unknown>, token = followUp) =>
    http<Inspection | ErrorBody>('POST', '/api/wasl/field-inspections', {
      token,
      body: { branch, site: 'صالة الاستقبال', ...body },
    });
  const fieldError = (res: { status: number; body: unknown }, field: string) => {
    expect(res.status).toBe(400);
    return (res.body as ErrorBody).error.details.errors.find((e) => e.field === field);
  };

  beforeAll(async () => {
    followUp = await loginAs('follow_up_committee');
    manager = await loginAs('manager');
    const code = `I${crypto.randomBytes(3).toString('hex')}`;
    const created = await http<{ id: string }>('POST', '/api/wasl/branches', {
      token: await loginAs('association_admin'),
      body: { code, nameAr: 'فرع اختبار الجولات', active: true },
    });
    expect(created.status).toBe(201);
    branch = created.body.id;
  });
  afterAll(async () => {
    await stopSmtp(smtp);
    await closeDb();
  });

  it('[MC7] the daily checklist records general order, guidance clarity and workflow at the service site, by its inspector', async () => {
    const res = await inspect({
      inspectionDate: '2026-11-02',
      ...CHECKLIST_OK,
      guidanceClear: false,
      guidanceNote: 'لوحة مسار الخدمة غير محدثة',
    });
    expect(res.status).toBe(201);
    const inspection = res.body as Inspection;
    expect(inspection).toMatchObject({ inspectionDate: '2026-11-02', status: 'open', emergency: false });
    expect(inspection.inspector).toBe(await userDocumentId('follow-up-committee'));
    const audit = await db()('wasl_audit_logs').where({ resource: 'field-inspections', record_id: inspection.id });
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create']);
  });

  it('[MC7] a checklist with an item left out, an item not in order without a note, or a future day is refused', async () => {
    const { workflowOk: _left, ...threeItems } = CHECKLIST_OK;
    void _left;
    expect(fieldError(await inspect({ inspectionDate: '2026-11-02', ...threeItems }), 'workflowOk')).toMatchObject({
      code: 'FIELD_REQUIRED',
    });
    expect(
      fieldError(await inspect({ inspectionDate: '2026-11-02', ...CHECKLIST_OK, orderOk: false }), 'orderNote'),
    ).toMatchObject({
      code: 'CHECKLIST_NOTE_REQUIRED',
      messageAr: 'اكتب ملاحظة لبند القائمة غير المستوفى',
      messageEn: 'Write a note for a checklist item that is not in order',
    });
    expect(
      fieldError(await inspect({ inspectionDate: '2099-03-01', ...CHECKLIST_OK }), 'inspectionDate'),
    ).toMatchObject({
      code: 'INSPECTION_DATE_IN_FUTURE',
    });
    // Who inspected and when the manager was told are the server's to write.
    const forged = await inspect({
      inspectionDate: '2026-11-02',
      ...CHECKLIST_OK,
      reportedToManagerAt: '2026-11-02T08:00:00Z',
    });
    expect(forged.status).toBe(403);
    expect((forged.body as ErrorBody).error.details.code).toBe('FORBIDDEN_FIELD');
  });

  it('[MC9] the beneficiary-service office of a branch site is an item of its own, with its note', async () => {
    const res = await inspect({
      inspectionDate: '2026-11-03',
      ...CHECKLIST_OK,
      officeOk: false,
      officeNote: 'مكتب خدمة المستفيدين دون موظف مناوب وقت الذروة',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ officeOk: false, officeNote: 'مكتب خدمة المستفيدين دون موظف مناوب وقت الذروة' });
    const list = await http<Inspection[]>('GET', '/api/wasl/field-inspections', {
      token: manager,
      query: { filter: { branch, officeOk: false } },
    });
    expect(list.status).toBe(200);
    expect(list.body.map((i) => i.inspectionDate)).toEqual(['2026-11-03']);
  });

  it('[S3] supervisory visits to offices are for the manager and the follow-up committee only', async () => {
    for (const role of [
      'reception_officer',
      'social_researcher',
      'committee_member',
      'contact_officer',
      'association_admin',
    ] as const) {
      const token = await loginAs(role);
      expect((await inspect({ inspectionDate: '2026-11-03', ...CHECKLIST_OK }, token)).status).toBe(403);
      for (const resource of ['field-inspections', 'inspection-findings', 'corrective-actions'])
        expect((await http('GET', `/api/wasl/${resource}`, { token })).status).toBe(403);
    }
    expect((await inspect({ inspectionDate: '2026-11-03', ...CHECKLIST_OK }, manager)).status).toBe(201);
  });

  it('[S2] a finding gets a corrective action with an owner and a due date; done records who and when, then it stays done', async () => {
    const inspection = (await inspect({ inspectionDate: '2026-11-04', ...CHECKLIST_OK })).body as Inspection;
    const finding = await http<{ id: string }>('POST', '/api/wasl/inspection-findings', {
      token: followUp,
      body: { inspection: inspection.id, item: 'service_workflow', description: 'تكدس الملفات على مكتب الاستقبال' },
    });
    expect(finding.status).toBe(201);
    const owner = await userDocumentId('reception-officer');
    const noOwner = await http<ErrorBody>('POST', '/api/wasl/corrective-actions', {
      token: followUp,
      body: { finding: finding.body.id, description: 'ترتيب الملفات', owner: 'no-such-user', dueDate: '2026-11-10' },
    });
    expect(fieldError(noOwner, 'owner')).toMatchObject({ code: 'FIELD_INVALID_REFERENCE' });
    const created = await http<Action>('POST', '/api/wasl/corrective-actions', {
      token: followUp,
      body: { finding: finding.body.id, description: 'ترتيب الملفات وأرشفتها يومياً', owner, dueDate: '2026-11-10' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'open', owner, doneAt: null, doneBy: null });
    const forged = await http<ErrorBody>('PUT', `/api/wasl/corrective-actions/${created.body.id}`, {
      token: manager,
      body: { doneBy: owner },
    });
    expect(forged.status).toBe(403);

    const before = Date.now();
    const done = await http<Action>('PUT', `/api/wasl/corrective-actions/${created.body.id}`, {
      token: manager,
      body: { status: 'done', doneNote: 'تمت الأرشفة' },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', doneBy: await userDocumentId('manager') });
    expect(new Date(String(done.body.doneAt)).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const reopened = await http<ErrorBody>('PUT', `/api/wasl/corrective-actions/${created.body.id}`, {
      token: followUp,
      body: { status: 'open' },
    });
    expect(reopened.status).toBe(409);
    expect(reopened.body.error.details.code).toBe('ACTION_ALREADY_DONE');
    // In the order they were written: PostgreSQL returns rows in no particular order without ORDER BY.
    const audit = await db()('wasl_audit_logs')
      .where({ resource: 'corrective-actions', record_id: created.body.id })
      .orderBy('id');
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update']);
  });

  it('[S2] a finding carries photos: decoded images only, kept private, downloaded by its readers and audited', async () => {
    const inspection = (await inspect({ inspectionDate: '2026-11-10', ...CHECKLIST_OK })).body as Inspection;
    const finding = (
      await http<{ id: string }>('POST', '/api/wasl/inspection-findings', {
        token: followUp,
        body: { inspection: inspection.id, item: 'general_order', description: 'تسرب مياه قرب المدخل' },
      })
    ).body;
    const upload = async (files: { name: string; type: string; bytes: Uint8Array }[], token = followUp) => {
      const form = new FormData();
      for (const f of files) form.append('photos', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
      const res = await fetch(`${baseUrl()}/api/wasl/inspection-findings/${finding.id}/photos`, {
        method: 'POST',
        body: form,
        headers: { Authorization: `Bearer ${token}` },
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const refused = await upload([{ name: 'leak.png', type: 'image/png', bytes: EXE }]);
    expect(refused.status).toBe(415);
    expect((refused.body as unknown as ErrorBody).error.details.errors[0]).toMatchObject({ field: 'photos.0' });
    expect(
      (
        await upload(
          [{ name: 'leak.png', type: 'image/png', bytes: await realPng(40, 30) }],
          await loginAs('reception_officer'),
        )
      ).status,
    ).toBe(403);

    const added = await upload([{ name: 'leak.png', type: 'image/png', bytes: await realPng(40, 30) }]);
    expect(added.status).toBe(201);
    const photos = added.body.photos as {
      id: number;
      name: string;
      mime: string;
      downloadPath: string;
      url?: string;
    }[];
    expect(photos).toHaveLength(1);
    expect(photos[0]).toMatchObject({ name: 'leak.png', mime: 'image/png' });
    expect(photos[0].url).toBeUndefined();
    expect(photos[0].downloadPath).toBe(`/api/wasl/inspection-findings/${finding.id}/photos/${photos[0].id}`);

    const get = (token?: string) =>
      fetch(`${baseUrl()}${photos[0].downloadPath}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    const download = await get(manager);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('cache-control')).toBe('private, no-store');
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect((await get(await loginAs('association_admin'))).status).toBe(403);
    expect((await get()).status).toBe(401);
    const audit = await db()('wasl_audit_logs')
      .where({ resource: 'inspection-findings', record_id: finding.id })
      .orderBy('id')
      .select('action');
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update', 'download']);
  });

  it('[MC8] an emergency mails every manager at once through the outbox and records when it was reported', async () => {
    const second = await createStaff('manager', 'second-manager');
    smtp = await startSmtp(readTestServer().smtpPort, inbox);
    const res = await inspect({
      inspectionDate: '2026-11-05',
      ...CHECKLIST_OK,
      orderOk: false,
      orderNote: 'انقطاع الكهرباء في صالة الانتظار',
      emergency: true,
      findings: 'انقطاع الكهرباء في صالة الانتظار',
      correctiveAction: 'نقل المراجعين إلى القاعة البديلة',
    });
    expect(res.status).toBe(201);
    const inspection = res.body as Inspection;
    expect(inspection).toMatchObject({ emergency: true, status: 'reported' });
    expect(inspection.reportedToManagerAt).not.toBeNull();

    const queued = await db()('wasl_notifications')
      .where({ related_type: 'field-inspection', related_id: inspection.id })
      .select('recipient', 'template', 'channel');
    expect(queued.length).toBeGreaterThan(0);
    const recipients = queued.map((q: { recipient: string }) => q.recipient);
    expect(recipients).toEqual(
      expect.arrayContaining(['manager@yusr.example.org.sa', `${second.username}@staff.example`]),
    );
    // Every active manager, once: the managers' accounts as the database holds them.
    const managers = await db()('up_users as u')
      .join('up_users_role_lnk as l', 'l.user_id', 'u.id')
      .join('up_roles as r', 'r.id', 'l.role_id')
      .where({ 'r.type': 'manager' })
      .andWhere((q) => q.where('u.blocked', false).orWhereNull('u.blocked'))
      .whereNotNull('u.email')
      .select('u.email');
    expect(recipients.sort()).toEqual(managers.map((m: { email: string }) => m.email).sort());
    for (const q of queued) expect(q).toMatchObject({ template: 'inspection_emergency', channel: 'email' });

    const mail = await waitFor(async () => {
      const mine = inbox.filter((m) => m.to.includes('manager@yusr.example.org.sa'));
      for (const m of mine) {
        const parsed = await simpleParser(m.raw);
        if (parsed.subject === 'بلاغ حالة طارئة من جولة ميدانية — فرع اختبار الجولات') return parsed;
      }
      return undefined;
    });
    expect(mail.text).toContain('الإجراء التصحيحي المتخذ فوراً: نقل المراجعين إلى القاعة البديلة');
    expect(mail.text).toContain(`/console/#/field-inspections/${inspection.id}/show`);
    const audit = await db()('wasl_audit_logs').where({ resource: 'field-inspections', record_id: inspection.id });
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual(['create', 'emergency_reported']);

    // Editing the report later does not mail the managers a second time.
    expect(
      (
        await http('PUT', `/api/wasl/field-inspections/${inspection.id}`, {
          token: followUp,
          body: { status: 'closed' },
        })
      ).status,
    ).toBe(200);
    const [{ n }] = await db()('wasl_notifications')
      .where({ related_type: 'field-inspection', related_id: inspection.id })
      .count({ n: '*' });
    expect(Number(n)).toBe(queued.length);
  });

  it('[S2] senior management sees the open corrective actions and how many are overdue', async () => {
    const inspection = (await inspect({ inspectionDate: '2026-11-09', ...CHECKLIST_OK })).body as Inspection;
    const finding = (
      await http<{ id: string }>('POST', '/api/wasl/inspection-findings', {
        token: followUp,
        body: { inspection: inspection.id, item: 'general_order', description: 'مقاعد الانتظار غير كافية' },
      })
    ).body;
    const owner = await userDocumentId('reception-officer');
    for (const [description, dueDate] of [
      ['إضافة مقاعد انتظار', '2026-11-20'],
      ['مراجعة توزيع الصالة', '2099-01-31'],
    ])
      expect(
        (
          await http('POST', '/api/wasl/corrective-actions', {
            token: followUp,
            body: { finding: finding.id, description, owner, dueDate },
          })
        ).status,
      ).toBe(201);
    const branchId = (await db()('wasl_branches').where({ document_id: branch }).first('id')).id;
    const res = await http<Findings>('GET', '/api/wasl/stats/inspection-findings', {
      token: manager,
      query: { from: '2026-11-09', to: '2026-11-09', branch: String(branchId) },
    });
    expect(res.status).toBe(200);
    expect(res.body.open).toBe(2);
    expect(res.body.overdue).toBe(1);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items.map(({ id: _id, ...rest }) => rest)).toEqual([
      {
        inspectionDate: '2026-11-09',
        branchName: 'فرع اختبار الجولات',
        finding: 'مقاعد الانتظار غير كافية',
        owner: 'أمل سعد الغامدي',
        dueDate: '2026-11-20',
        emergency: false,
      },
      {
        inspectionDate: '2026-11-09',
        branchName: 'فرع اختبار الجولات',
        finding: 'مقاعد الانتظار غير كافية',
        owner: 'أمل سعد الغامدي',
        dueDate: '2099-01-31',
        emergency: false,
      },
    ]);
    // The 2026-11-04 action is done, so it is not open.
    const week = await http<Findings>('GET', '/api/wasl/stats/inspection-findings', {
      token: await loginAs('association_admin'),
      query: { from: '2026-11-01', to: '2026-11-09', branch: String(branchId) },
    });
    expect(week.body).toMatchObject({ open: 2, overdue: 1 });
    for (const role of ['follow_up_committee', 'reception_officer'] as const)
      expect((await http('GET', '/api/wasl/stats/inspection-findings', { token: await loginAs(role) })).status).toBe(
        403,
      );
    const tooLong = await http<ErrorBody>('GET', '/api/wasl/stats/inspection-findings', {
      token: manager,
      query: { from: '2024-01-01', to: '2026-11-09' },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details.errors[0]).toMatchObject({ field: 'to', code: 'STATS_RANGE_TOO_LONG' });
  });
});
