/**
 * MC1: the visitor log per branch and day — one tap per walk-in at the front desk (with purpose and
 * outcome), an undo of the officer's own last tap, today's counters, the daily totals with a totals row,
 * the list filtered by date range and branch, and the rules of a visit row (no future day, a count, a
 * branch, the reception officer alone writes).
 */
import crypto from 'crypto';
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { staffWithPassword } from '../helpers/staff-accounts';
import { riyadhDateKey } from '../../cms/domain/hijri';

type Visit = { id: string; visitDate: string; count: number; purpose: string; outcome: string; branch: string };
type Today = { date: string; branch: string; total: number; byPurpose: { key: string; count: number }[] };
type Daily = {
  from: string;
  to: string;
  rows: {
    visitDate: string;
    branchId: string;
    branchName: string;
    total: number;
    byPurpose: { key: string; count: number }[];
  }[];
  totals: { total: number; byPurpose: { key: string; count: number }[] };
};

describe('the visitor log (MC1)', () => {
  let reception: string;
  let branch: string;
  let otherBranch: string;
  const today = riyadhDateKey(new Date());

  const newBranch = async (nameAr: string) => {
    const admin = await loginAs('association_admin');
    const code = `V${crypto.randomBytes(3).toString('hex')}`;
    const res = await http<{ id: string }>('POST', '/api/wasl/branches', {
      token: admin,
      body: { code, nameAr, active: true },
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const tap = (token: string, body: Record<string, unknown>) =>
    http<Visit | ErrorBody>('POST', '/api/wasl/front-desk/visits', { token, body });
  const counters = async (token: string, at: string) =>
    (await http<Today>('GET', '/api/wasl/front-desk/today', { token, query: { branch: at } })).body;

  beforeAll(async () => {
    reception = await loginAs('reception_officer');
    branch = await newBranch('فرع اختبار سجل الزوار');
    otherBranch = await newBranch('فرع اختبار آخر');
  });
  afterAll(closeDb);

  it('[MC1] each tap records one visitor today with its purpose and outcome, in a transaction with its audit entry', async () => {
    const first = await tap(reception, { branch, purpose: 'inquiry' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ visitDate: today, count: 1, purpose: 'inquiry', outcome: 'served', branch });
    expect((await tap(reception, { branch, purpose: 'inquiry', outcome: 'referred' })).status).toBe(201);
    expect((await tap(reception, { branch, purpose: 'complaint', outcome: 'left_without_service' })).status).toBe(201);

    expect(await counters(reception, branch)).toEqual({
      date: today,
      branch,
      total: 3,
      byPurpose: [
        { key: 'complaint', count: 1 },
        { key: 'inquiry', count: 2 },
      ],
    });
    const audit = await db()('wasl_audit_logs').where({
      resource: 'visits',
      action: 'create',
      record_id: (first.body as Visit).id,
    });
    expect(audit).toHaveLength(1);
    const outcomes = await db()('wasl_visits as v')
      .join('wasl_visits_branch_lnk as l', 'l.visit_id', 'v.id')
      .join('wasl_branches as b', 'b.id', 'l.branch_id')
      .where('b.document_id', branch)
      .orderBy('v.id')
      .select('v.outcome');
    expect(outcomes.map((r: { outcome: string }) => r.outcome)).toEqual(['served', 'referred', 'left_without_service']);
  });

  it("[MC1] undo takes back the officer's own last tap, never a colleague's", async () => {
    const colleague = await staffWithPassword('reception_officer', 'desk-colleague');
    const colleagueToken = (
      await http<{ jwt: string }>('POST', '/api/auth/local', {
        body: { identifier: colleague.username, password: colleague.password },
      })
    ).body.jwt;
    expect((await tap(colleagueToken, { branch: otherBranch, purpose: 'follow_up' })).status).toBe(201);
    expect((await tap(reception, { branch: otherBranch, purpose: 'follow_up' })).status).toBe(201);
    expect((await tap(reception, { branch: otherBranch, purpose: 'follow_up' })).status).toBe(201);

    const undo = await http<{ remaining: number } | ErrorBody>('POST', '/api/wasl/front-desk/visits/undo', {
      token: colleagueToken,
      body: { branch: otherBranch, purpose: 'follow_up' },
    });
    expect(undo.status).toBe(200);
    expect((await counters(reception, otherBranch)).total).toBe(2);
    const again = await http<ErrorBody>('POST', '/api/wasl/front-desk/visits/undo', {
      token: colleagueToken,
      body: { branch: otherBranch, purpose: 'follow_up' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('VISIT_NOTHING_TO_UNDO');
    expect(again.body.error.details.errors[0]).toMatchObject({
      field: 'branch',
      messageAr: expect.stringMatching(/للتراجع/),
    });
    // The reception officer's own two taps are still there; their undo takes back one of them.
    expect(
      (
        await http('POST', '/api/wasl/front-desk/visits/undo', {
          token: reception,
          body: { branch: otherBranch, purpose: 'follow_up' },
        })
      ).status,
    ).toBe(200);
    expect(await counters(reception, otherBranch)).toMatchObject({
      total: 1,
      byPurpose: [{ key: 'follow_up', count: 1 }],
    });
  });

  it('[MC1] the daily totals per branch and day for a date range, with a totals row', async () => {
    const rows: [string, number, string][] = [
      ['2026-10-04', 5, 'inquiry'],
      ['2026-10-04', 2, 'complaint'],
      ['2026-10-05', 7, 'inquiry'],
      ['2026-10-08', 4, 'service_request'],
    ];
    for (const [visitDate, count, purpose] of rows) {
      const res = await http('POST', '/api/wasl/visits', {
        token: reception,
        body: { visitDate, count, purpose, branch, outcome: 'served' },
      });
      expect(res.status).toBe(201);
    }
    const manager = await loginAs('manager');
    const res = await http<Daily>('GET', '/api/wasl/visit-totals', {
      token: manager,
      query: { from: '2026-10-04', to: '2026-10-05', branch },
    });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([
      {
        visitDate: '2026-10-05',
        branchId: branch,
        branchName: 'فرع اختبار سجل الزوار',
        total: 7,
        byPurpose: [{ key: 'inquiry', count: 7 }],
      },
      {
        visitDate: '2026-10-04',
        branchId: branch,
        branchName: 'فرع اختبار سجل الزوار',
        total: 7,
        byPurpose: [
          { key: 'complaint', count: 2 },
          { key: 'inquiry', count: 5 },
        ],
      },
    ]);
    expect(res.body.totals).toEqual({
      total: 14,
      byPurpose: [
        { key: 'complaint', count: 2 },
        { key: 'inquiry', count: 12 },
      ],
    });
    const bad = await http<ErrorBody>('GET', '/api/wasl/visit-totals', {
      token: manager,
      query: { from: '2026-10-06', to: '2026-10-04' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0]).toMatchObject({ field: 'from', code: 'STATS_RANGE_INVALID' });
  });

  it('[MC1] the list filters by date range and branch', async () => {
    const res = await http<Visit[]>('GET', '/api/wasl/visits', {
      token: reception,
      query: {
        filter: { visitDate_gte: '2026-10-04', visitDate_lte: '2026-10-07', branch },
        sort: ['count', 'DESC'],
        range: [0, 49],
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-range')).toBe('visits 0-2/3');
    expect(res.body.map((v) => [v.visitDate, v.count])).toEqual([
      ['2026-10-05', 7],
      ['2026-10-04', 5],
      ['2026-10-04', 2],
    ]);
  });

  it('[MC1] a visit is refused for a future day, without a count in range or without a branch, with bilingual field errors', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ visitDate: '2099-01-01', count: 1, purpose: 'inquiry', branch }, 'visitDate', 'VISIT_DATE_IN_FUTURE'],
      [{ visitDate: '2026-10-04', count: 0, purpose: 'inquiry', branch }, 'count', 'FIELD_OUT_OF_RANGE'],
      [{ visitDate: '2026-10-04', count: 10001, purpose: 'inquiry', branch }, 'count', 'FIELD_OUT_OF_RANGE'],
      [{ visitDate: '2026-10-04', count: 1, purpose: 'inquiry' }, 'branch', 'FIELD_REQUIRED'],
      [
        { visitDate: '2026-10-04', count: 1, purpose: 'inquiry', branch, outcome: 'vanished' },
        'outcome',
        'FIELD_INVALID_ENUM',
      ],
    ];
    const before = await db()('wasl_visits').count({ n: '*' });
    for (const [body, field, code] of cases) {
      const res = await http<ErrorBody>('POST', '/api/wasl/visits', { token: reception, body });
      expect(res.status).toBe(400);
      const error = res.body.error.details.errors.find((e) => e.field === field);
      expect(error).toMatchObject({
        code,
        messageAr: expect.stringMatching(/[\u0600-\u06FF]/),
        messageEn: expect.any(String),
      });
    }
    expect(await db()('wasl_visits').count({ n: '*' })).toEqual(before);
  });

  it('[MC1] only the reception officer writes the visitor log; the manager reads the totals', async () => {
    for (const role of ['manager', 'follow_up_committee', 'association_admin', 'social_researcher'] as const) {
      const token = await loginAs(role);
      expect((await tap(token, { branch, purpose: 'inquiry' })).status).toBe(403);
      expect(
        (
          await http('POST', '/api/wasl/visits', {
            token,
            body: { visitDate: '2026-10-04', count: 1, purpose: 'inquiry', branch },
          })
        ).status,
      ).toBe(403);
    }
    expect((await http('GET', '/api/wasl/visit-totals', { token: await loginAs('social_researcher') })).status).toBe(
      403,
    );
    expect((await http('GET', '/api/wasl/visit-totals', { token: await loginAs('association_admin') })).status).toBe(
      200,
    );
  });
});
