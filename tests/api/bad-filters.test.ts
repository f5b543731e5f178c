/**
 * Bad input never 5xx: every filter value is checked against its attribute's type
 * (cms/validation/list-query.ts) and a wrong one is 400 INVALID_FILTER naming the field, in Arabic and English.
 */
import { loginAs, type ErrorBody } from '../helpers/api';
import { list } from '../helpers/lists';

const CASES: [string, Record<string, unknown>, string][] = [
  ['service-requests', { version_gt: 'abc' }, 'version'],
  ['service-requests', { branch: [{ id: 1 }] }, 'branch'],
  ['service-requests', { receivedAt_gte: 'abc' }, 'receivedAt'],
  ['service-requests', { interviewPassed: 'x' }, 'interviewPassed'],
  ['service-requests', { status: 'no_such_state' }, 'status'],
  ['service-requests', { status: [{ a: 1 }] }, 'status'],
  ['service-requests', { id: [{ id: 1 }] }, 'id'],
  ['service-requests', { service: 12 }, 'service'],
  ['service-requests', { status: { $ne: 'closed' } }, 'status'],
  ['service-requests', { version: [] }, 'version'],
  ['service-requests', { summary_gte: ['a', 'b'] }, 'summary'],
  ['service-requests', { $or: [{ status: 'closed' }] }, '$or'],
  ['complaints', { version_gt: 'abc' }, 'version'],
  ['complaints', { branch: [{ id: 1 }] }, 'branch'],
  ['complaints', { receivedAt_lt: '2024-13-45' }, 'receivedAt'],
  ['complaints', { anonymous: 'x' }, 'anonymous'],
  ['complaints', { kind: 'grievance' }, 'kind'],
  ['complaints', { reopenCount: 1.5 }, 'reopenCount'],
  ['beneficiaries', { branch: [{ id: 1 }] }, 'branch'],
  ['beneficiaries', { birthDate: 'abc' }, 'birthDate'],
  ['beneficiaries', { consentGiven: 'x' }, 'consentGiven'],
  ['beneficiaries', { gender: 'other' }, 'gender'],
  ['beneficiaries', { city: [{ a: 1 }] }, 'city'],
  ['beneficiaries', { consentAt_gte: 'yesterday' }, 'consentAt'],
];

describe('bad filters', () => {
  it.each(CASES)(
    '[P1] %s filter=%j is 400 INVALID_FILTER naming %s, with its field message',
    async (resource, filter, field) => {
      const res = await list(await loginAs('reception_officer'), resource, { filter });
      const body = res.body as unknown as ErrorBody;
      expect(res.status).toBe(400);
      expect(body.error.details.code).toBe('INVALID_FILTER');
      expect(body.error.details.errors.map((e) => [e.field, e.code])).toEqual([
        [field, field === '$or' ? 'FILTER_NOT_ALLOWED' : 'FILTER_VALUE_INVALID'],
      ]);
      expect(body.error.details.errors[0].messageAr).toMatch(/[\u0600-\u06FF]/);
      expect(body.error.details.errors[0].messageEn).toBeTruthy();
    },
  );

  it.each([
    ['service-requests', { version_gte: '2', status: ['closed', 'approved'] }],
    ['complaints', { anonymous: false, receivedAt_gte: '2020-01-01' }],
    ['beneficiaries', { consentGiven: true, birthDate_lte: '2020-01-01', gender: 'female' }],
  ])('[P1] well-typed filters on %s still answer 200 (%j)', async (resource, filter) => {
    const res = await list(await loginAs('reception_officer'), resource, { filter });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
  });
});
