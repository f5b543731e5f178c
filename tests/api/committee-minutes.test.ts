/**
 * H6 on a real Strapi: the minutes of a committee meeting are written by a member and approved by
 * each member who took part; edits withdraw approvals, approved minutes are final, everything audited.
 */
import { http, loginAs, loginAsUser, type ErrorBody } from '../helpers/api';
import { closeDb, countRows, db } from '../helpers/db';

type Minutes = { status: string; minutesAr: string | null; approvals: { member: number }[]; pending: number[] };

const MEMBERS = ['committee-member', 'committee-member-2', 'committee-member-3'];

describe('committee minutes (H6)', () => {
  let tokens: Record<string, string>;
  let ids: Record<string, number>;
  let committee: string;

  const newMeeting = async (): Promise<string> => {
    const res = await http<{ id: string; status: string }>('POST', '/api/wasl/committee-meetings', {
      token: tokens['committee-member'],
      body: {
        committee,
        number: 5000 + Math.floor(Math.random() * 100_000),
        meetingAt: new Date().toISOString(),
        location: 'قاعة الاجتماعات',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('scheduled');
    return res.body.id;
  };
  const write = (meeting: string, who: string, minutesAr: unknown) =>
    http<Minutes>('PUT', `/api/wasl/committee-meetings/${meeting}/minutes`, {
      token: tokens[who],
      body: { minutesAr },
    });
  const approve = (meeting: string, who: string) =>
    http<Minutes>('POST', `/api/wasl/committee-meetings/${meeting}/minutes/approvals`, {
      token: tokens[who],
      body: {},
    });
  const codeOf = (res: { body: unknown }) => (res.body as ErrorBody).error.details.code;

  beforeAll(async () => {
    tokens = Object.fromEntries(await Promise.all(MEMBERS.map(async (u) => [u, await loginAsUser(u)] as const)));
    tokens.reception = await loginAs('reception_officer');
    const users = await db()('up_users').whereIn('username', MEMBERS).select('id', 'username');
    ids = Object.fromEntries(users.map((u: { id: number; username: string }) => [u.username, u.id]));
    const list = await http<{ id: string; key: string }[]>('GET', '/api/wasl/committees', {
      token: tokens['committee-member'],
      query: { filter: { key: 'research' } },
    });
    committee = list.body[0].id;
  });
  afterAll(closeDb);

  it('[ESR-H6] minutes are approved by every member, one by one, and then are final', async () => {
    const meeting = await newMeeting();
    await expectCode(approve(meeting, 'committee-member'), 409, 'MINUTES_NOT_PENDING');
    const written = await write(meeting, 'committee-member', 'ناقشت اللجنة طلبات الأسبوع وقررت الموافقة على طلبين');
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ status: 'minutes_pending', approvals: [] });
    expect(written.body.pending.sort()).toEqual(MEMBERS.map((m) => ids[m]).sort());

    expect((await approve(meeting, 'committee-member')).body.status).toBe('minutes_pending');
    await expectCode(approve(meeting, 'committee-member'), 409, 'MINUTES_ALREADY_APPROVED');
    expect((await approve(meeting, 'committee-member-2')).body.pending).toEqual([ids['committee-member-3']]);
    const done = await approve(meeting, 'committee-member-3');
    expect(done.body).toMatchObject({ status: 'minutes_approved', pending: [] });
    expect(done.body.approvals.map((a) => a.member)).toEqual(MEMBERS.map((m) => ids[m]));

    await expectCode(write(meeting, 'committee-member', 'تعديل لاحق'), 409, 'MINUTES_LOCKED');
    const audits = await db()('wasl_audit_logs')
      .where({ resource: 'committee-meetings', record_id: meeting })
      .select('action');
    expect(audits.map((a: { action: string }) => a.action).sort()).toEqual([
      'create',
      'minutes_approved',
      'minutes_approved',
      'minutes_approved',
      'minutes_written',
    ]);
  });

  it('[ESR-H6] editing the minutes withdraws the approvals already given', async () => {
    const meeting = await newMeeting();
    await write(meeting, 'committee-member', 'المسودة الأولى');
    await approve(meeting, 'committee-member-2');
    const rewritten = await write(meeting, 'committee-member', 'المسودة المعدلة بعد الملاحظات');
    expect(rewritten.body).toMatchObject({
      status: 'minutes_pending',
      approvals: [],
      minutesAr: 'المسودة المعدلة بعد الملاحظات',
    });
  });

  it('[ESR-H6] two members approving at the same moment are both kept', async () => {
    const meeting = await newMeeting();
    await write(meeting, 'committee-member', 'محضر الاجتماع');
    await approve(meeting, 'committee-member');
    const replies = await Promise.all([approve(meeting, 'committee-member-2'), approve(meeting, 'committee-member-3')]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    const state = await http<Minutes>('GET', `/api/wasl/committee-meetings/${meeting}/minutes`, {
      token: tokens['committee-member'],
    });
    expect(state.body).toMatchObject({ status: 'minutes_approved', pending: [] });
    expect(state.body.approvals).toHaveLength(3);
  });

  it('[P1] only the committee may write or approve minutes; the record route cannot change them', async () => {
    const meeting = await newMeeting();
    const before = await countRows('wasl_audit_logs');
    expect((await write(meeting, 'reception', 'محاولة')).status).toBe(403);
    const generic = await http<ErrorBody>('PUT', `/api/wasl/committee-meetings/${meeting}`, {
      token: tokens['committee-member'],
      body: { status: 'minutes_approved', minutesAr: 'x' },
    });
    expect(generic.status).toBe(403);
    expect(generic.body.error.details.code).toBe('FORBIDDEN_FIELD');
    expect(await countRows('wasl_audit_logs')).toBe(before);
  });

  it('answers 400 with field messages for empty or malformed minutes', async () => {
    const meeting = await newMeeting();
    for (const [body, code] of [
      ['   ', 'FIELD_REQUIRED'],
      [42, 'FIELD_INVALID_TYPE'],
      ['x'.repeat(20_001), 'FIELD_TOO_LONG'],
    ] as const) {
      const res = await write(meeting, 'committee-member', body);
      expect(res.status).toBe(400);
      expect((res.body as unknown as ErrorBody).error.details.errors.map((e) => [e.field, e.code])).toEqual([
        ['minutesAr', code],
      ]);
    }
    const extra = await http<ErrorBody>('POST', `/api/wasl/committee-meetings/${meeting}/minutes/approvals`, {
      token: tokens['committee-member'],
      body: { force: true },
    });
    expect(extra.body.error.details.errors.map((e) => e.code)).toEqual(['UNKNOWN_FIELD']);
  });

  const expectCode = async (reply: Promise<{ status: number; body: unknown }>, status: number, code: string) => {
    const res = await reply;
    expect([res.status, codeOf(res)]).toEqual([status, code]);
  };
});
