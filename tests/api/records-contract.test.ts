/**
 * The simple-rest contract the console's ra-data-simple-rest speaks (cms/services/records.ts):
 * sort, range, filter as JSON query parameters, Content-Range, getMany through filter={"id":[…]},
 * and the role enforced on every resource and field (HRF-P1). Expected values come from the database.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';

type Row = { id: string; trackingNumber: string; status: string; receivedAt: string; fullNameAr?: string };

const list = (token: string, resource: string, query: Record<string, unknown>) =>
  http<Row[]>('GET', `/api/wasl/${resource}`, { token, query });
const contentRange = (headers: Headers) =>
  /^([\w-]+) (\d+)-(\d+)\/(\d+)$/.exec(headers.get('content-range') ?? '')?.slice(1);

describe('the simple-rest adapter', () => {
  let reception: string;
  let researcher: string;
  /** P1: the manager sees every case, so their totals are the database's (others do not see confidential cases they are not on). */
  let manager: string;
  beforeAll(async () => {
    reception = await loginAs('reception_officer');
    researcher = await loginAs('social_researcher');
    manager = await loginAs('manager');
  });
  afterAll(closeDb);

  it('[HRF-P1] range pages the list and Content-Range carries the page and the total counted in the database', async () => {
    const total = Number((await db()('wasl_service_requests').count({ n: '*' }))[0].n);
    const first = await list(manager, 'service-requests', { range: [0, 9], sort: ['trackingNumber', 'ASC'] });
    const second = await list(manager, 'service-requests', { range: [10, 19], sort: ['trackingNumber', 'ASC'] });
    const both = await list(manager, 'service-requests', { range: [0, 19], sort: ['trackingNumber', 'ASC'] });
    expect(first.status).toBe(200);
    expect(contentRange(first.headers)).toEqual(['service-requests', '0', '9', String(total)]);
    expect(contentRange(second.headers)).toEqual(['service-requests', '10', '19', String(total)]);
    expect(first.headers.get('access-control-expose-headers')).toContain('Content-Range');
    expect([...first.body, ...second.body].map((r) => r.id)).toEqual(both.body.map((r) => r.id));
  });

  it.each([['ASC'], ['DESC']])(
    '[HRF-P1] sort orders by the requested field %s, as the database does',
    async (order) => {
      const res = await list(manager, 'service-requests', { range: [0, 24], sort: ['trackingNumber', order] });
      const expected = await db()('wasl_service_requests')
        .orderBy('tracking_number', order.toLowerCase() as 'asc' | 'desc')
        .limit(25)
        .pluck('tracking_number');
      expect(res.body.map((r) => r.trackingNumber)).toEqual(expected);
    },
  );

  it('[HRF-P1] filter narrows in SQL: equality, a list of values and a range operator, with the filtered total', async () => {
    const inCommittee = await list(manager, 'service-requests', {
      filter: { status: 'in_committee' },
      range: [0, 499],
    });
    const expected = Number(
      (await db()('wasl_service_requests').where({ status: 'in_committee' }).count({ n: '*' }))[0].n,
    );
    expect(inCommittee.body.length).toBe(expected);
    expect(inCommittee.body.every((r) => r.status === 'in_committee')).toBe(true);
    expect(contentRange(inCommittee.headers)?.[3]).toBe(String(expected));

    const decided = await list(manager, 'service-requests', {
      filter: { status: ['approved', 'rejected'] },
      range: [0, 499],
    });
    expect(new Set(decided.body.map((r) => r.status))).toEqual(new Set(['approved', 'rejected']));

    const pivot = inCommittee.body[0].receivedAt;
    const later = await list(manager, 'service-requests', {
      filter: { status: 'in_committee', receivedAt_gte: pivot },
      range: [0, 499],
    });
    expect(later.body.length).toBeGreaterThan(0);
    expect(later.body.every((r) => new Date(r.receivedAt) >= new Date(pivot))).toBe(true);
  });

  it('[HRF-P1] q finds a request by its tracking number', async () => {
    const [one] = (await list(reception, 'service-requests', { range: [0, 0] })).body;
    const found = await list(reception, 'service-requests', { filter: { q: one.trackingNumber } });
    expect(found.body.map((r) => r.id)).toEqual([one.id]);
  });

  it('[HRF-P1] getMany: filter={"id":[…]} returns exactly those records', async () => {
    const page = (await list(reception, 'beneficiaries', { range: [0, 9] })).body;
    const ids = [page[7].id, page[2].id, page[5].id];
    const many = await list(reception, 'beneficiaries', { filter: { id: ids } });
    expect(many.status).toBe(200);
    expect(many.body.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(contentRange(many.headers)?.[3]).toBe('3');
  });

  it('[HRF-P1] getOne answers the record, and 404 NOT_FOUND for an unknown id', async () => {
    const [one] = (await list(reception, 'service-requests', { range: [0, 0] })).body;
    expect(
      (await http<Row>('GET', `/api/wasl/service-requests/${one.id}`, { token: reception })).body.trackingNumber,
    ).toBe(one.trackingNumber);
    const missing = await http<ErrorBody>('GET', '/api/wasl/service-requests/nosuchdocumentid000000', {
      token: reception,
    });
    expect([missing.status, missing.body.error.details.code]).toEqual([404, 'NOT_FOUND']);
  });

  it.each([
    ['votes', 'reception_officer'],
    ['audit-logs', 'reception_officer'],
    ['complaints', 'committee_member'],
    ['notifications', 'social_researcher'],
  ] as const)('[HRF-P1] 403 FORBIDDEN on %s for %s, which may not read it', async (resource, role) => {
    const res = await list(await loginAs(role), resource, {});
    expect(res.status).toBe(403);
    expect((res.body as unknown as ErrorBody).error.details.code).toBe('FORBIDDEN');
  });

  it('[HRF-H4] 403 FORBIDDEN_FIELD when the researcher writes a field other than the report, and nothing changes', async () => {
    // P1: a request the researcher can see (a confidential case they are not on is 404 to them).
    const [one] = (await list(researcher, 'service-requests', { filter: { status: 'in_research' }, range: [0, 0] }))
      .body;
    const before = await db()('wasl_service_requests')
      .where({ document_id: one.id })
      .first('summary', 'research_report');
    const res = await http<ErrorBody>('PUT', `/api/wasl/service-requests/${one.id}`, {
      token: researcher,
      body: { summary: 'تعديل غير مسموح', researchReport: 'تقرير' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('FORBIDDEN_FIELD');
    expect(res.body.error.details.errors.map((e) => e.field)).toEqual(['summary']);
    expect(res.body.error.details.errors[0].messageAr).toBeTruthy();
    expect(
      await db()('wasl_service_requests').where({ document_id: one.id }).first('summary', 'research_report'),
    ).toEqual(before);
  });

  it.each([
    ['range', '[0,', 'INVALID_RANGE'],
    ['range', '[5,2]', 'INVALID_RANGE'],
    ['range', '[0,100000]', 'INVALID_RANGE'],
    ['range', '{"start":0}', 'INVALID_RANGE'],
    ['filter', '{"status":', 'INVALID_FILTER'],
    ['filter', '["status"]', 'INVALID_FILTER'],
    ['filter', '{"noSuchField":1}', 'INVALID_FILTER'],
    ['sort', '["status"', 'INVALID_SORT'],
    ['sort', '["noSuchField","ASC"]', 'INVALID_SORT'],
  ])(
    '[HRF-P1] 400 on %s=%s with code %s and the parameter named, in Arabic and English',
    async (param, value, code) => {
      const res = await http<ErrorBody>('GET', '/api/wasl/service-requests', {
        token: reception,
        query: { [param]: value },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details.code).toBe(code);
      expect(res.body.error.details.errors[0].field).toBe(value.includes('noSuchField') ? 'noSuchField' : param);
      expect(res.body.error.details.messageAr).toMatch(/[\u0600-\u06FF]/);
      expect(res.body.error.details.messageEn).toBeTruthy();
    },
  );
});
