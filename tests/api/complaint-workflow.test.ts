/**
 * Staff side of complaints: intake from every channel (ALL-CH), routing and assignment (I1), the
 * actions log (CM2, MC10), amicable settlement (CM3), closing with satisfaction, reopening (CM4).
 */
import { http, loginAs, loginAsUser, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { registerBeneficiary } from '../helpers/journey';
import { staffIntake, step, track } from '../helpers/complaints';

type Complaint = Record<string, unknown> & {
  id: string;
  trackingNumber: string;
  status: string;
  version: number;
  assignedTo: string | null;
  department: string | null;
  dueAt: string;
};

const userId = async (username: string): Promise<number> =>
  (await http<{ id: number }>('GET', '/api/users/me', { token: await loginAsUser(username) })).body.id;

afterAll(closeDb);

describe('staff intake', () => {
  // Yusr's policy lists eight channels (cms/seed/lists.ts YUSR_CHANNELS): no email, no fax.
  it.each([
    'in_person',
    'phone',
    'social_media',
    'letter',
    'help_request',
    'volunteer_service',
    'website',
    'branch_representative',
  ])(
    '[ALL-CH] [HRF-CM1] records a complaint received by %s with a number and the receiving officer',
    async (channel) => {
      const res = await staffIntake({ channel, category: 'other' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        channel,
        status: 'received',
        trackingNumber: expect.stringMatching(/^CMP-14\d\d-\d{6}$/),
      });
      const row = await db()('wasl_complaints').where({ tracking_number: res.body.trackingNumber }).first();
      const received = await db()('wasl_complaints_received_by_lnk').where({ complaint_id: row.id }).first();
      expect(received.user_id).toBe(await userId('reception-officer'));
    },
  );

  it('[ALL-CH] refuses a server-owned field, in Arabic and English', async () => {
    const res = await staffIntake({ channel: 'phone', status: 'closed' });
    expect(res.status).toBe(400);
    const errors = (res.body as unknown as ErrorBody).error.details.errors;
    expect(errors.map((e) => [e.field, e.code])).toEqual([['status', 'UNKNOWN_FIELD']]);
  });

  it.each(['fax', 'email', 'pigeon'])(
    '[ALL-CH] refuses a complaint through %s, a channel Yusr has not enabled, with 422 naming it',
    async (channel) => {
      const before = Number((await db()('wasl_complaints').count({ n: '*' }))[0].n);
      const res = await staffIntake({ channel, category: 'other' });
      expect(res.status).toBe(422);
      const details = (res.body as unknown as ErrorBody).error.details;
      expect(details.code).toBe('CHANNEL_NOT_ENABLED');
      expect(details.errors.map((e) => [e.field, e.code])).toEqual([['channel', 'CHANNEL_NOT_ENABLED']]);
      expect(details.errors[0].messageAr).toContain(`«${channel}»`);
      expect(details.errors[0].messageEn).toContain(`"${channel}"`);
      expect(Number((await db()('wasl_complaints').count({ n: '*' }))[0].n)).toBe(before);
    },
  );

  it('[ALL-CH] refuses a complaint dated in the future and an unknown beneficiary', async () => {
    const res = await staffIntake({
      receivedAt: new Date(Date.now() + 86_400_000).toISOString(),
      beneficiary: 'no-such-beneficiary',
    });
    expect((res.body as unknown as ErrorBody).error.details.errors.map((e) => [e.field, e.code])).toEqual([
      ['beneficiary', 'FIELD_INVALID_REFERENCE'],
      ['receivedAt', 'DATE_INVALID'],
    ]);
  });

  it('[ALL-CH] links the beneficiary and routes by their category', async () => {
    const beneficiary = await registerBeneficiary({ category: 'family' });
    const res = await staffIntake({ beneficiary: beneficiary.id, kind: 'inquiry', category: 'information' });
    expect(res.body).toMatchObject({
      beneficiary: beneficiary.id,
      status: 'assigned',
      department: 'الاستشارات الأسرية واللقاءات التوعوية',
    });
  });
});

describe('routing and assignment', () => {
  it('[HRF-I1] routes by complaint category and beneficiary category to the contact officer of that area', async () => {
    const officer = await userId('contact-officer');
    const routed = (await staffIntake({ category: 'technical_support', beneficiaryCategory: 'woman' }))
      .body as Complaint;
    expect(routed).toMatchObject({ status: 'assigned', department: 'برامج المطلقات والأرامل' });
    const link = await db()('wasl_complaints_assigned_to_lnk')
      .join('wasl_complaints', 'wasl_complaints.id', 'complaint_id')
      .where({ document_id: routed.id })
      .first();
    expect(link.user_id).toBe(officer);
    const unrouted = (await staffIntake({ category: 'facilities' })).body as Complaint;
    expect(unrouted).toMatchObject({ status: 'received', assignedTo: null, department: null });
  });

  it('[HRF-I1] the follow-up committee assigns by hand or by the rules; the front desk may not assign', async () => {
    const c = (await staffIntake({ category: 'information', beneficiaryCategory: 'elderly' })).body as Complaint;
    const refused = await step('reception_officer', c.id, 'assign', { department: 'الشؤون الإدارية' });
    expect([refused.status, (refused.body as unknown as ErrorBody).error.details.code]).toEqual([
      403,
      'ROLE_NOT_ALLOWED',
    ]);
    const none = await step('follow_up_committee', c.id, 'assign', { auto: true });
    expect((none.body as unknown as ErrorBody).error.details.code).toBe('NO_ROUTING_RULE');
    const byHand = await step('follow_up_committee', c.id, 'assign', {
      assignedTo: await userId('contact-officer'),
      department: 'الشؤون الإدارية',
    });
    expect(byHand.status).toBe(200);
    expect(byHand.body).toMatchObject({ status: 'assigned', department: 'الشؤون الإدارية', version: 2 });
    const audit = await db()('wasl_audit_logs').where({ record_id: c.id, action: 'assign' });
    expect(audit).toHaveLength(1);
  });

  it('[HRF-P1] a contact officer works only the complaints routed to them', async () => {
    const c = (await staffIntake({ category: 'facilities' })).body as Complaint;
    const res = await step('contact_officer', c.id, 'act', { kind: 'internal_note', body: 'ليست من اختصاصي' });
    expect(res.status).toBe(403);
  });
});

describe('follow-up until resolved', () => {
  it('[HRF-CM4] [HRF-MC10] logs notes, calls and replies; only public replies reach the tracking page', async () => {
    const created = await staffIntake({
      category: 'technical_support',
      beneficiaryCategory: 'woman',
      complainantPhone: '0551112233',
    });
    const c = created.body as Complaint;
    await step('contact_officer', c.id, 'act', { kind: 'internal_note', body: 'سرّي: راجعنا سجل النظام' });
    const called = await step('contact_officer', c.id, 'act', { kind: 'call_made', body: 'اتصلنا بالمستفيدة' });
    expect(called.body).toMatchObject({ status: 'in_progress' });
    await step('contact_officer', c.id, 'act', {
      kind: 'public_reply',
      body: 'تمت إعادة تعيين كلمة المرور، نرجو المحاولة مجدداً',
    });
    const tracked = await track<{ replies: { body: string }[]; status: string }>(c.trackingNumber, { last4: '2233' });
    expect(tracked.body.replies.map((r) => r.body)).toEqual(['تمت إعادة تعيين كلمة المرور، نرجو المحاولة مجدداً']);
    expect(JSON.stringify(tracked.body)).not.toContain('سرّي');
    const sent = await db()('wasl_notifications').where({ related_id: c.id, template: 'complaint_replied' });
    expect(sent.map((n) => [n.channel, n.recipient])).toEqual([['sms', '+966551112233']]);
    expect(sent[0].body_text).toContain('تمت إعادة تعيين كلمة المرور');
  });

  it('[HRF-CM4] waiting on the complainant pauses the clock; their answer resumes it', async () => {
    const c = (await staffIntake({ category: 'technical_support', beneficiaryCategory: 'woman' })).body as Complaint;
    const waiting = await step('contact_officer', c.id, 'act', {
      kind: 'call_made',
      body: 'طلبنا من المستفيدة صورة رسالة الخطأ',
      awaitComplainant: true,
    });
    expect(waiting.body).toMatchObject({
      status: 'awaiting_complainant',
      slaState: 'paused',
      pausedAt: expect.any(String),
    });
    const paused = await http<{ id: string }[]>('GET', '/api/wasl/complaints', {
      token: await loginAs('follow_up_committee'),
      query: { filter: { slaState: 'paused', id: [c.id] } },
    });
    expect(paused.body.map((r) => r.id)).toEqual([c.id]);
    const resumed = await step('contact_officer', c.id, 'act', {
      kind: 'public_reply',
      body: 'وصلتنا الصورة، نعمل على الحل',
    });
    expect(resumed.body).toMatchObject({
      status: 'in_progress',
      pausedAt: null,
      pausedWorkingDays: 0,
      dueAt: c.dueAt,
      slaState: 'on_time',
    });
  });

  it('[HRF-CM3] a complaint is resolved only with its amicable-settlement record, then closed with satisfaction', async () => {
    const c = (await staffIntake({ category: 'technical_support', beneficiaryCategory: 'woman' })).body as Complaint;
    const bare = await step('contact_officer', c.id, 'resolve', { resolution: 'عولجت', amicableSettlement: false });
    expect((bare.body as unknown as ErrorBody).error.details.errors[0]).toMatchObject({
      field: 'settlementNotes',
      code: 'SETTLEMENT_NOTES_REQUIRED',
    });
    const resolved = await step('contact_officer', c.id, 'resolve', {
      resolution: 'عولجت مع القسم التقني',
      amicableSettlement: true,
      settlementNotes: 'اتفقنا ودياً على إعادة الجلسة مجاناً',
    });
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      amicableSettlement: true,
      resolvedAt: expect.any(String),
    });
    const early = await step('follow_up_committee', c.id, 'close', { satisfaction: 9 });
    expect(early.status).toBe(400);
    const closed = await step('follow_up_committee', c.id, 'close', { satisfaction: 4 });
    expect(closed.body).toMatchObject({ status: 'closed', satisfaction: 4, closedAt: expect.any(String) });
  });

  it('[HRF-CM4] reopens a closed complaint with a new deadline; an open one cannot be reopened', async () => {
    const c = (await staffIntake({ category: 'technical_support', beneficiaryCategory: 'woman' })).body as Complaint;
    const open = await step('follow_up_committee', c.id, 'reopen', { reason: 'لم تحل' });
    expect([open.status, (open.body as unknown as ErrorBody).error.details.code]).toEqual([
      409,
      'TRANSITION_NOT_ALLOWED',
    ]);
    await step('contact_officer', c.id, 'resolve', {
      resolution: 'عولجت',
      amicableSettlement: true,
      settlementNotes: 'تسوية ودية',
    });
    await step('reception_officer', c.id, 'close', { satisfaction: 2 });
    const reopened = await step('reception_officer', c.id, 'reopen', { reason: 'المستفيدة تفيد بعودة المشكلة' });
    expect(reopened.body).toMatchObject({
      status: 'reopened',
      reopenCount: 1,
      resolvedAt: null,
      closedAt: null,
      satisfaction: null,
    });
    expect(new Date(reopened.body.dueAt as string).getTime()).toBeGreaterThan(Date.now());
  });

  it('[HRF-CM4] refuses a step on a stale version with 409 and writes nothing', async () => {
    const c = (await staffIntake({ category: 'technical_support', beneficiaryCategory: 'woman' })).body as Complaint;
    await step('contact_officer', c.id, 'act', { kind: 'call_made', body: 'اتصال أول' });
    const stale = await step('contact_officer', c.id, 'act', {
      kind: 'internal_note',
      body: 'ملاحظة قديمة',
      version: 1,
    });
    expect([stale.status, (stale.body as unknown as ErrorBody).error.details.code]).toEqual([409, 'STALE_VERSION']);
    const notes = await db()('wasl_complaint_actions').where({ body: 'ملاحظة قديمة' });
    expect(notes).toHaveLength(0);
  });

  it('[HRF-MC10] the actions log cannot be written around the named steps', async () => {
    const res = await http('POST', '/api/wasl/complaint-actions', {
      token: await loginAs('follow_up_committee'),
      body: { kind: 'public_reply', body: 'x' },
    });
    expect(res.status).toBe(403);
  });
});

describe('deadlines in the queue', () => {
  const list = async (filter: Record<string, unknown>) =>
    http<{ id: string; slaState: string }[]>('GET', '/api/wasl/complaints', {
      token: await loginAs('follow_up_committee'),
      query: { filter, range: [0, 99] },
    });

  it('[HRF-CM4] flags each complaint on time, due soon or overdue from its category deadline in working days, and filters by the flag in SQL', async () => {
    const fresh = (await staffIntake({ category: 'facilities' })).body as Complaint;
    const old = (
      await staffIntake({ category: 'facilities', receivedAt: new Date(Date.now() - 60 * 86_400_000).toISOString() })
    ).body as Complaint;
    expect([fresh.slaState, old.slaState]).toEqual(['on_time', 'overdue']);
    const overdue = await list({ slaState: 'overdue', id: [fresh.id, old.id] });
    expect(overdue.body.map((r) => r.id)).toEqual([old.id]);
    for (const state of ['overdue', 'due_soon', 'on_time']) {
      const res = await list({ slaState: state });
      expect(res.status).toBe(200);
      expect(res.body.every((r) => r.slaState === state)).toBe(true);
    }
    const bad = await list({ slaState: 'late' });
    expect(bad.status).toBe(400);
  });
});

describe('deadlines set without code', () => {
  const riyadhDay = (iso: string) => new Date(new Date(iso).getTime() + 3 * 3600_000).toISOString().slice(0, 10);
  const dueOf = async (id: string) =>
    (await http<Complaint>('GET', `/api/wasl/complaints/${id}`, { token: await loginAs('follow_up_committee') })).body
      .dueAt;

  it('[HRF-CM4] a per-category deadline in the profile and a new holiday re-time open complaints', async () => {
    const admin = await loginAs('association_admin');
    const profile = (await http<{ id: string }[]>('GET', '/api/wasl/association-profiles', { token: admin })).body[0]
      .id;
    const c = (await staffIntake({ category: 'staff_conduct' })).body as Complaint;
    try {
      const set = await http('PUT', `/api/wasl/association-profiles/${profile}`, {
        token: admin,
        body: { complaintSlaByCategory: { staff_conduct: 1 } },
      });
      expect(set.status).toBe(200);
      const shorter = await dueOf(c.id);
      expect(new Date(shorter).getTime()).toBeLessThan(new Date(c.dueAt).getTime());
      const day = riyadhDay(shorter);
      const holiday = await http<{ id: string }>('POST', '/api/wasl/holidays', {
        token: admin,
        body: { nameAr: 'إجازة طارئة', startDate: day, endDate: day, kind: 'other' },
      });
      expect(holiday.status).toBe(201);
      const moved = await dueOf(c.id);
      expect(riyadhDay(moved) > day).toBe(true);
      await http('DELETE', `/api/wasl/holidays/${holiday.body.id}`, { token: admin });
      expect(await dueOf(c.id)).toBe(shorter);
    } finally {
      await http('PUT', `/api/wasl/association-profiles/${profile}`, {
        token: admin,
        body: { complaintSlaByCategory: null },
      });
    }
    expect(await dueOf(c.id)).toBe(c.dueAt);
  });
});
