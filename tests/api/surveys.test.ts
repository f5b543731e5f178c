/**
 * Surveys on a real Strapi (S1, S4, MC4, ALL-SAT, YSR-E1): the admin builds a questionnaire; delivery of a
 * service sends a one-time link through the outbox to a real SMTP server on loopback; the link answers once
 * (also when two answers race); a periodic campaign invites each beneficiary once per period; staff record
 * interviews; results are aggregated per question, service, branch and month, never per staff member.
 */
import crypto from 'crypto';
import fs from 'fs';
import { simpleParser } from 'mailparser';
import type { SMTPServer } from 'smtp-server';
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, db, jsonColumn } from '../helpers/db';
import { readTestServer } from '../helpers/server-env';
import { startSmtp, stopSmtp, waitFor, type Received } from '../helpers/smtp';
import { fileRequest, registerBeneficiary, serviceId } from '../helpers/journey';
import { deliveredRequest } from '../helpers/survey-link';

type Rec = Record<string, unknown> & { id: string };
const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');
const LINK = /\/survey\/([A-Za-z0-9_-]{43})/;

/** The questionnaire of this file: two ratings, a choice and free text. */
const QUESTIONS = [
  { key: 'overall', kind: 'likert', labelAr: 'رضاك العام عن الخدمة', labelEn: 'Overall satisfaction', required: true },
  { key: 'clarity', kind: 'likert', labelAr: 'وضوح الإجراءات', labelEn: 'Clarity of procedures', required: false },
  {
    key: 'contact',
    kind: 'choice',
    labelAr: 'كيف تواصلت معنا؟',
    labelEn: 'How did you reach us?',
    required: true,
    options: [
      { key: 'phone', labelAr: 'الهاتف', labelEn: 'Phone' },
      { key: 'visit', labelAr: 'زيارة', labelEn: 'Visit' },
      { key: 'online', labelAr: 'الموقع', labelEn: 'Website' },
    ],
  },
  { key: 'notes', kind: 'text', labelAr: 'ملاحظاتك', labelEn: 'Your remarks', required: false },
];

const fieldsOf = (res: { body: unknown }) =>
  (res.body as ErrorBody).error.details.errors.map((e) => [e.field, e.code]).sort();

describe('surveys', () => {
  const inbox: Received[] = [];
  let smtp: SMTPServer | null = null;
  const clockFile = readTestServer().workflowClockFile as string;
  const setClock = (iso: string) => fs.writeFileSync(clockFile, iso);
  const stopClock = () => fs.rmSync(clockFile, { force: true });
  let survey: Rec;
  let branchA: string;
  let branchB: string;
  const tag = crypto.randomInt(100_000, 999_999);

  /** The one-time link mailed to this address (the mail reached the real SMTP server). */
  const linkMailedTo = async (address: string, subjectStart: string) => {
    const mail = await waitFor(async () => {
      const mine = await Promise.all(inbox.filter((m) => m.to.includes(address)).map((m) => simpleParser(m.raw)));
      return mine.find((m) => m.subject?.startsWith(subjectStart));
    });
    const match = LINK.exec(mail.text ?? '');
    expect(match).not.toBeNull();
    return { token: (match as RegExpExecArray)[1], text: mail.text ?? '' };
  };

  let auditBefore = 0;

  beforeAll(async () => {
    stopClock();
    auditBefore = Number((await db()('wasl_audit_logs').max({ id: 'id' }))[0].id ?? 0);
    smtp = await startSmtp(readTestServer().smtpPort, inbox);
    const admin = await loginAs('association_admin');
    const branch = async (code: string, nameAr: string) => {
      const res = await http<Rec>('POST', '/api/wasl/branches', {
        token: admin,
        body: { code, nameAr, nameEn: `Branch ${code}`, active: true },
      });
      expect(res.status).toBe(201);
      return res.body.id;
    };
    branchA = await branch(`SA${tag}`, 'فرع الاستبيان أ');
    branchB = await branch(`SB${tag}`, 'فرع الاستبيان ب');
    const created = await http<Rec>('POST', '/api/wasl/surveys', {
      token: admin,
      body: {
        key: `post-family-${tag}`,
        titleAr: 'استبانة رضا بعد الاستشارة الأسرية',
        titleEn: 'After family counselling',
        kind: 'post_service',
        service: await serviceId('family-counselling'),
        questions: QUESTIONS,
        active: true,
      },
    });
    expect(created.status).toBe(201);
    survey = created.body;
  });

  afterAll(async () => {
    stopClock();
    await stopSmtp(smtp);
    await closeDb();
  });

  it('[S1] a questionnaire is checked on write: field errors name the path in Arabic and English, nothing is written', async () => {
    const admin = await loginAs('association_admin');
    const bad = await http('POST', '/api/wasl/surveys', {
      token: admin,
      body: {
        key: `bad-${tag}`,
        titleAr: 'استبيان خاطئ',
        kind: 'periodic',
        questions: [
          { key: 'notes', kind: 'text', labelAr: 'ملاحظات', labelEn: 'Notes', required: false },
          { key: 'notes', kind: 'likert', labelAr: 'تقييم', labelEn: 'Rating', required: false },
          {
            key: 'pick',
            kind: 'choice',
            labelAr: 'اختر',
            labelEn: 'Pick',
            options: [{ key: 'one', labelAr: 'واحد', labelEn: 'One' }],
          },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual([
      ['questions', 'SURVEY_NEEDS_LIKERT'],
      ['questions.1.key', 'SURVEY_KEY_REPEATED'],
      ['questions.2.options', 'SURVEY_OPTIONS_REQUIRED'],
    ]);
    const repeated = (bad.body as ErrorBody).error.details.errors.find((e) => e.field === 'questions.1.key');
    expect(repeated?.messageAr).toBe('المفتاح «notes» مكرر؛ لكل سؤال أو خيار مفتاح مختلف');
    expect(repeated?.messageEn).toBe('The key "notes" is repeated; each question or option needs its own key');
    expect(
      Number(
        (
          await db()('wasl_surveys')
            .where({ key: `bad-${tag}` })
            .count({ n: '*' })
        )[0].n,
      ),
    ).toBe(0);
    // The questionnaire of this file came back as written, with `required` explicit on every question.
    expect((survey.questions as { key: string; required: boolean }[]).map((q) => [q.key, q.required])).toEqual([
      ['overall', true],
      ['clarity', false],
      ['contact', true],
      ['notes', false],
    ]);
    // The reception officer reads questionnaires but does not build them.
    const reception = await http('POST', '/api/wasl/surveys', {
      token: await loginAs('reception_officer'),
      body: { key: `rec-${tag}`, titleAr: 'س', kind: 'periodic', questions: QUESTIONS },
    });
    expect(reception.status).toBe(403);
  });

  let firstToken = '';
  let firstRequest = '';

  it('[YSR-E1] delivery mails a one-time link to the real SMTP server; the link shows the questionnaire without personal data', async () => {
    const email = `survey.after.${tag}@mail.example`;
    firstRequest = await deliveredRequest(email, { branch: branchA });
    const { token, text } = await linkMailedTo(email, 'نسعد بتقييمكم للخدمة');
    firstToken = token;
    expect(text).toContain(`/survey/${token}`);
    // Only the token's SHA-256 is kept; the invitation points at the request and the questionnaire.
    const invitation = await db()('wasl_survey_invitations')
      .where({ token_hash: sha256(token) })
      .first();
    expect(invitation).toBeDefined();
    expect(invitation.used_at).toBeNull();
    expect(invitation.channel).toBe('email');
    const rows = await db()('wasl_survey_invitations').select('token_hash', 'dedupe_key');
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.filter((r: { token_hash: string; dedupe_key: string }) => `${r.token_hash}${r.dedupe_key}`.includes(token)),
    ).toEqual([]);
    // The sent copy in the outbox loses the link; the audit log never held it.
    const outbox = await waitFor(async () => {
      const row = await db()('wasl_notifications')
        .where({ related_id: firstRequest, template: 'rating_requested' })
        .first('status', 'body_text');
      return row?.status === 'sent' && !String(row.body_text).includes(token) ? row : undefined;
    });
    expect(outbox.body_text).toContain('/survey/…');
    // Every audit row written since this file began (the invitation's among them) is free of the token.
    const written = await db()('wasl_audit_logs').where('id', '>', auditBefore).select('action', 'summary');
    expect(written.map((r: { action: string }) => r.action)).toContain('survey_invited');
    expect(written.filter((r: { summary: unknown }) => JSON.stringify(jsonColumn(r.summary)).includes(token))).toEqual(
      [],
    );

    const shown = await http<Record<string, unknown>>('GET', `/api/wasl/public/surveys/${token}`, {
      headers: { 'X-Forwarded-For': '198.51.100.11' },
    });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      titleAr: 'استبانة رضا بعد الاستشارة الأسرية',
      kind: 'post_service',
      serviceNameAr: 'الاستشارات الأسرية',
    });
    expect((shown.body.questions as { key: string }[]).map((q) => q.key)).toEqual([
      'overall',
      'clarity',
      'contact',
      'notes',
    ]);
    const tracking = (await db()('wasl_service_requests').where({ document_id: firstRequest }).first('tracking_number'))
      .tracking_number as string;
    const json = JSON.stringify(shown.body);
    for (const personal of [email, tracking, 'هند سعد عبدالله الغامدي', firstRequest])
      expect(json).not.toContain(personal);

    const unknown = await http<ErrorBody>('GET', `/api/wasl/public/surveys/${'x'.repeat(43)}`, {
      headers: { 'X-Forwarded-For': '198.51.100.11' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details).toMatchObject({
      code: 'SURVEY_LINK_INVALID',
      messageAr: 'رابط الاستبيان غير صحيح أو انتهت صلاحيته',
    });
    // 31 days on, the 30-day link has expired: the same 404.
    setClock(new Date(Date.now() + 31 * 86_400_000).toISOString());
    try {
      const expired = await http<ErrorBody>('GET', `/api/wasl/public/surveys/${token}`, {
        headers: { 'X-Forwarded-For': '198.51.100.11' },
      });
      expect([expired.status, expired.body.error.details.code]).toEqual([404, 'SURVEY_LINK_INVALID']);
    } finally {
      stopClock();
    }
  });

  it('[YSR-E1] the link answers once: answers are checked, one response is stored with its service and branch, a second answer is refused', async () => {
    const ip = { 'X-Forwarded-For': '198.51.100.12' };
    const wrong = await http('POST', `/api/wasl/public/surveys/${firstToken}`, {
      headers: ip,
      body: { answers: { overall: 6, contact: 'fax', extra: 'x', notes: 'ن'.repeat(2001) } },
    });
    expect(wrong.status).toBe(400);
    expect(fieldsOf(wrong)).toEqual([
      ['answers.contact', 'FIELD_INVALID_ENUM'],
      ['answers.extra', 'UNKNOWN_FIELD'],
      ['answers.notes', 'FIELD_TOO_LONG'],
      ['answers.overall', 'FIELD_OUT_OF_RANGE'],
    ]);
    const missing = await http('POST', `/api/wasl/public/surveys/${firstToken}`, {
      headers: ip,
      body: { answers: { clarity: 3 } },
    });
    expect(fieldsOf(missing)).toEqual([
      ['answers.contact', 'FIELD_REQUIRED'],
      ['answers.overall', 'FIELD_REQUIRED'],
    ]);
    expect(
      (
        await db()('wasl_survey_invitations')
          .where({ token_hash: sha256(firstToken) })
          .first()
      ).used_at,
    ).toBeNull();

    const answered = await http('POST', `/api/wasl/public/surveys/${firstToken}`, {
      headers: ip,
      body: { answers: { overall: 5, clarity: 4, contact: 'phone', notes: 'شكراً لحسن التعامل' } },
    });
    expect(answered.status).toBe(201);
    const responses = await db()('wasl_survey_responses as r')
      .join('wasl_survey_responses_request_lnk as l', 'l.survey_response_id', 'r.id')
      .join('wasl_service_requests as q', 'q.id', 'l.service_request_id')
      .where('q.document_id', firstRequest)
      .select('r.id', 'r.score', 'r.channel', 'r.answers');
    expect(responses).toHaveLength(1);
    expect([Number(responses[0].score), responses[0].channel]).toEqual([4.5, 'website']);
    expect(jsonColumn(responses[0].answers)).toEqual({
      overall: 5,
      clarity: 4,
      contact: 'phone',
      notes: 'شكراً لحسن التعامل',
    });
    const branch = await db()('wasl_survey_responses_branch_lnk as l')
      .join('wasl_branches as b', 'b.id', 'l.branch_id')
      .where('l.survey_response_id', responses[0].id)
      .first('b.document_id');
    expect(branch.document_id).toBe(branchA);

    for (const method of ['POST', 'GET']) {
      const again = await http<ErrorBody>(method, `/api/wasl/public/surveys/${firstToken}`, {
        headers: ip,
        body: method === 'POST' ? { answers: { overall: 1, contact: 'visit' } } : undefined,
      });
      expect(again.status).toBe(410);
      expect(again.body.error.details).toMatchObject({
        code: 'SURVEY_ALREADY_ANSWERED',
        messageAr: 'سبقت الإجابة عن هذا الاستبيان، شكراً لكم',
        messageEn: 'This survey has already been answered, thank you',
      });
    }
  });

  it('[YSR-E1] two answers racing on one link: exactly one is stored, the other is refused', async () => {
    const email = `survey.race.${tag}@mail.example`;
    const request = await deliveredRequest(email, { branch: branchA });
    const { token } = await linkMailedTo(email, 'نسعد بتقييمكم للخدمة');
    const body = { answers: { overall: 2, contact: 'visit' } };
    const replies = await Promise.all(
      ['198.51.100.13', '198.51.100.14'].map((ip) =>
        http('POST', `/api/wasl/public/surveys/${token}`, { headers: { 'X-Forwarded-For': ip }, body }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([201, 410]);
    const stored = await db()('wasl_survey_responses_request_lnk as l')
      .join('wasl_service_requests as q', 'q.id', 'l.service_request_id')
      .where('q.document_id', request)
      .count({ n: '*' });
    expect(Number(stored[0].n)).toBe(1);
  });

  it('[S4] reception and the researcher record interview answers for a request; checked, scored by the server, audited', async () => {
    const reception = await loginAs('reception_officer');
    const researcher = await loginAs('social_researcher');
    const counselling = await serviceId('family-counselling');
    const requestB1 = (await fileRequest((await registerBeneficiary()).id, counselling, { branch: branchB })).id;
    const requestB2 = (await fileRequest((await registerBeneficiary()).id, counselling, { branch: branchB })).id;
    const before = Number((await db()('wasl_survey_responses').count({ n: '*' }))[0].n);
    const refused = await http('POST', '/api/wasl/survey-responses', {
      token: reception,
      body: { survey: survey.id, request: requestB1, answers: { overall: 0, contact: 'letter', mood: 3 } },
    });
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused)).toEqual([
      ['answers.contact', 'FIELD_INVALID_ENUM'],
      ['answers.mood', 'UNKNOWN_FIELD'],
      ['answers.overall', 'FIELD_OUT_OF_RANGE'],
    ]);
    const noScore = await http('POST', '/api/wasl/survey-responses', {
      token: reception,
      body: { survey: survey.id, request: requestB1, answers: { overall: 3, contact: 'visit' }, score: 5 },
    });
    expect(noScore.status).toBe(403);
    expect(Number((await db()('wasl_survey_responses').count({ n: '*' }))[0].n)).toBe(before);

    // Recorded on 20 October and 3 November 2026 (Riyadh): the results below count them in those months.
    setClock('2026-10-20T09:00:00.000Z');
    let byReception: { status: number; body: Rec };
    try {
      byReception = await http<Rec>('POST', '/api/wasl/survey-responses', {
        token: reception,
        body: { survey: survey.id, request: requestB1, answers: { overall: 4, clarity: 2, contact: 'visit' } },
      });
    } finally {
      stopClock();
    }
    expect(byReception.status).toBe(201);
    expect([Number(byReception.body.score), byReception.body.channel, byReception.body.branch]).toEqual([
      3,
      'in_person',
      branchB,
    ]);
    expect(byReception.body.service).toBe(counselling);
    expect(byReception.body.submittedAt).toBe('2026-10-20T09:00:00.000Z');
    setClock('2026-11-03T08:00:00.000Z');
    let byResearcher: { status: number; body: Rec };
    try {
      byResearcher = await http<Rec>('POST', '/api/wasl/survey-responses', {
        token: researcher,
        body: {
          survey: survey.id,
          request: requestB2,
          channel: 'phone',
          answers: { overall: 5, contact: 'online', notes: 'المكان مريح والموعد مناسب' },
        },
      });
    } finally {
      stopClock();
    }
    expect(byResearcher.status).toBe(201);
    expect([Number(byResearcher.body.score), byResearcher.body.channel]).toEqual([5, 'phone']);
    const audited = await db()('wasl_audit_logs')
      .whereIn('record_id', [byReception.body.id, byResearcher.body.id])
      .where({ action: 'create', resource: 'survey-responses' })
      .select('actor_role');
    expect(audited.map((a: { actor_role: string }) => a.actor_role).sort()).toEqual([
      'reception_officer',
      'social_researcher',
    ]);
    // A contact officer does not record interviews.
    const contact = await http('POST', '/api/wasl/survey-responses', {
      token: await loginAs('contact_officer'),
      body: { survey: survey.id, request: requestB1, answers: { overall: 3, contact: 'visit' } },
    });
    expect(contact.status).toBe(403);
  });

  it('[MC4] results per question, service, branch and month, with hand-counted figures', async () => {
    // This file stored four responses to its questionnaire (scores 4.5 and 2 at branch A by link, this
    // month; 3 on 2026-10-20 and 5 on 2026-11-03 at branch B by interview), and sent two invitations.
    const manager = await loginAs('manager');
    const today = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
    const thisMonth = `${today.slice(0, 7)}-01`;
    const res = await http<Record<string, unknown>>('GET', `/api/wasl/surveys/${survey.id}/results`, {
      token: manager,
      query: { from: '2026-10-01', to: today },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      from: '2026-10-01',
      to: today,
      responses: 4,
      averageScore: 3.63,
      csat: 50,
      invitations: 2,
      answeredInvitations: 2,
      responseRate: 100,
    });
    const questions = res.body.questions as Record<string, unknown>[];
    expect(questions).toHaveLength(4);
    expect(questions[0]).toMatchObject({
      key: 'overall',
      answered: 4,
      mean: 4,
      distribution: [
        { value: 1, count: 0 },
        { value: 2, count: 1 },
        { value: 3, count: 0 },
        { value: 4, count: 1 },
        { value: 5, count: 2 },
      ],
    });
    expect(questions[1]).toMatchObject({ key: 'clarity', answered: 2, mean: 3 });
    expect((questions[2].distribution as { value: string; count: number }[]).map((d) => [d.value, d.count])).toEqual([
      ['phone', 1],
      ['visit', 2],
      ['online', 1],
    ]);
    expect(questions[3]).toMatchObject({
      key: 'notes',
      answered: 2,
      texts: ['شكراً لحسن التعامل', 'المكان مريح والموعد مناسب'],
    });
    const byBranch = res.body.byBranch as Record<string, unknown>[];
    expect(byBranch.map((b) => [b.branchNameAr, b.responses, b.averageScore, b.csat])).toEqual([
      ['فرع الاستبيان أ', 2, 3.25, 50],
      ['فرع الاستبيان ب', 2, 4, 50],
    ]);
    const byService = res.body.byService as Record<string, unknown>[];
    expect(byService.map((s) => [s.serviceNameAr, s.responses, s.averageScore])).toEqual([
      ['الاستشارات الأسرية', 4, 3.63],
    ]);
    expect(
      (res.body.byMonth as Record<string, unknown>[]).map((m) => [m.month, m.responses, m.averageScore, m.csat]),
    ).toEqual([
      ['2026-10-01', 1, 3, 0],
      ['2026-11-01', 1, 5, 100],
      [thisMonth, 2, 3.25, 50],
    ]);

    const november = await http<Record<string, unknown>>('GET', `/api/wasl/surveys/${survey.id}/results`, {
      token: await loginAs('follow_up_committee'),
      query: { from: '2026-11-01', to: '2026-11-30' },
    });
    expect([november.status, november.body.responses, november.body.averageScore]).toEqual([200, 1, 5]);
    const atB = await http<Record<string, unknown>>('GET', `/api/wasl/surveys/${survey.id}/results`, {
      token: await loginAs('association_admin'),
      query: { from: '2026-10-01', to: today, branch: branchB },
    });
    expect([atB.status, atB.body.responses, atB.body.averageScore, atB.body.csat]).toEqual([200, 2, 4, 50]);
    const tooLong = await http('GET', `/api/wasl/surveys/${survey.id}/results`, {
      token: manager,
      query: { from: '2024-01-01', to: '2026-01-10' },
    });
    expect([tooLong.status, fieldsOf(tooLong)]).toEqual([400, [['to', 'STATS_RANGE_TOO_LONG']]]);
  });

  it('[ALL-SAT] results never name or count per staff member, and the front desk does not read them', async () => {
    const manager = await loginAs('manager');
    const res = await http<Record<string, unknown>>('GET', `/api/wasl/surveys/${survey.id}/results`, {
      token: manager,
      query: { from: '2026-10-01', to: new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10) },
    });
    expect(res.status).toBe(200);
    expect(res.body.responses).toBe(4);
    const staff = await http<{ id: number; username: string; fullNameAr: string | null }[]>('GET', '/api/wasl/staff', {
      token: manager,
      query: { range: [0, 99] },
    });
    expect(staff.body.length).toBeGreaterThan(0);
    const json = JSON.stringify(res.body);
    const named = staff.body.filter(
      (member) => json.includes(member.username) || (member.fullNameAr && json.includes(member.fullNameAr)),
    );
    expect(named).toEqual([]);
    const keys: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          keys.push(key);
          walk(inner);
        }
    };
    walk(res.body);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => /staff|user|actor|officer|receivedBy|assignedTo|recordedBy|employee/i.test(k))).toEqual(
      [],
    );
    for (const role of ['reception_officer', 'social_researcher', 'contact_officer'] as const)
      expect((await http('GET', `/api/wasl/surveys/${survey.id}/results`, { token: await loginAs(role) })).status).toBe(
        403,
      );
  });

  it('[S1] a periodic campaign invites each beneficiary with e-mail once per period, in Arabic, audited', async () => {
    const admin = await loginAs('association_admin');
    const created = await http<Rec>('POST', '/api/wasl/surveys', {
      token: admin,
      body: {
        key: `periodic-${tag}`,
        titleAr: 'استبانة الرضا الدورية',
        titleEn: 'Periodic satisfaction',
        kind: 'periodic',
        questions: QUESTIONS.slice(0, 2),
      },
    });
    expect(created.status).toBe(201);
    const branch = (
      await http<Rec>('POST', '/api/wasl/branches', {
        token: admin,
        body: { code: `SC${tag}`, nameAr: 'فرع الحملة', nameEn: 'Campaign branch', active: true },
      })
    ).body.id;
    const first = `campaign.one.${tag}@mail.example`;
    const second = `campaign.two.${tag}@mail.example`;
    await registerBeneficiary({ email: first, branch });
    await registerBeneficiary({ email: second, branch });
    await registerBeneficiary({ email: null, preferredChannel: 'sms', branch });

    const send = () =>
      http<Record<string, unknown>>('POST', `/api/wasl/surveys/${created.body.id}/campaigns`, {
        token: admin,
        body: { period: '1448-H1', branch },
      });
    const sent = await send();
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ period: '1448-H1', invited: 2, alreadyInvited: 0 });
    const again = await send();
    expect(again.body).toMatchObject({ invited: 0, alreadyInvited: 2 });
    const invitations = await db()('wasl_survey_invitations')
      .where({ campaign_period: '1448-H1' })
      .whereIn(
        'id',
        db()('wasl_survey_invitations_survey_lnk as l')
          .join('wasl_surveys as s', 's.id', 'l.survey_id')
          .where('s.document_id', created.body.id)
          .select('l.survey_invitation_id'),
      );
    expect(invitations).toHaveLength(2);
    const audit = await db()('wasl_audit_logs')
      .where({ action: 'survey_campaign_sent', record_id: created.body.id })
      .select('summary', 'actor_role');
    expect(audit).toHaveLength(1);
    expect([audit[0].actor_role, (jsonColumn(audit[0].summary) as { invited: number }).invited]).toEqual([
      'association_admin',
      2,
    ]);

    const { token, text } = await linkMailedTo(first, 'شاركونا رأيكم');
    expect(text).toContain('استبانة الرضا الدورية');
    await linkMailedTo(second, 'شاركونا رأيكم');
    // The manager reading the outbox never sees a usable link.
    const outbox = await http<Rec[]>('GET', '/api/wasl/notifications', {
      token: await loginAs('manager'),
      query: { filter: { template: 'survey_invitation' }, range: [0, 99] },
    });
    expect(outbox.body.length).toBeGreaterThan(0);
    expect(outbox.body.filter((n) => String(n.bodyText).includes(token))).toEqual([]);
    const answered = await http('POST', `/api/wasl/public/surveys/${token}`, {
      headers: { 'X-Forwarded-For': '198.51.100.15' },
      body: { answers: { overall: 4 } },
    });
    expect(answered.status).toBe(201);

    const postService = await http<ErrorBody>('POST', `/api/wasl/surveys/${survey.id}/campaigns`, {
      token: admin,
      body: { period: '1448-H1' },
    });
    expect([postService.status, postService.body.error.details.code]).toEqual([409, 'SURVEY_NOT_PERIODIC']);
    const badPeriod = await http('POST', `/api/wasl/surveys/${created.body.id}/campaigns`, {
      token: admin,
      body: { period: 'next month' },
    });
    expect([badPeriod.status, fieldsOf(badPeriod)]).toEqual([400, [['period', 'FIELD_INVALID_TYPE']]]);
    expect(
      (
        await http('POST', `/api/wasl/surveys/${created.body.id}/campaigns`, {
          token: await loginAs('reception_officer'),
          body: { period: '1448-H1' },
        })
      ).status,
    ).toBe(403);
  });

  it('[S1] the public survey page is limited per IP: 429 with Retry-After, other clients unaffected', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 31; i += 1) {
      const res = await http('GET', `/api/wasl/public/surveys/${'y'.repeat(43)}`, {
        headers: { 'X-Forwarded-For': '198.51.100.99' },
      });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const other = await http('GET', `/api/wasl/public/surveys/${'y'.repeat(43)}`, {
      headers: { 'X-Forwarded-For': '198.51.100.98' },
    });
    expect(other.status).toBe(404);
  });
});
