/**
 * P1: a value a role sees masked, and every private column, cannot be read back through the list
 * contract: no filter (any operator), range or sort on it, and `q` matches only what the caller sees
 * (cms/constants/visibility.ts, cms/validation/list-query.ts).
 */
import { http, loginAs, type ErrorBody, type Reply } from '../helpers/api';
import { registerBeneficiary } from '../helpers/journey';
import { list, totalOf, type Rec } from '../helpers/lists';
import type { StaffRole } from '../../cms/constants/roles';

const MASKING: StaffRole[] = ['manager', 'committee_member', 'contact_officer', 'follow_up_committee'];

const refusal = (reply: Reply) => {
  const body = reply.body as ErrorBody;
  return [reply.status, body.error?.details.code, body.error?.details.errors.map((e) => `${e.field}:${e.code}`)];
};

describe('masks that hold', () => {
  let beneficiary: Rec;
  beforeAll(async () => {
    const { id } = await registerBeneficiary();
    beneficiary = (
      await http<Rec>('GET', `/api/wasl/beneficiaries/${id}`, { token: await loginAs('reception_officer') })
    ).body;
  });

  it('[P1] the 34-request bisection of nationalId_gte is refused at the first request, naming nationalId', async () => {
    const manager = await loginAs('manager');
    let answered = 0;
    let low = '1000000000';
    for (let i = 0; i < 34; i += 1) {
      const res = await list(manager, 'beneficiaries', { filter: { id: beneficiary.id, nationalId_gte: low } });
      if (res.status !== 200) {
        expect(refusal(res)).toEqual([400, 'INVALID_FILTER', ['nationalId:FILTER_NOT_ALLOWED']]);
        break;
      }
      answered += 1;
      low = String(Number(low) + 1);
    }
    expect(answered).toBe(0);
  });

  it.each(MASKING)(
    '[P1] %s, who sees IDs and phones masked, may not filter on them (equality, list, every operator)',
    async (role) => {
      const token = await loginAs(role);
      const probes: [Record<string, unknown>, string][] = [
        [{ nationalId: beneficiary.nationalId }, 'nationalId'],
        [{ phone: beneficiary.phone }, 'phone'],
        [{ nationalId: [beneficiary.nationalId, '1000000008'] }, 'nationalId'],
        [{ nationalId: null }, 'nationalId'],
        ...['gte', 'lte', 'gt', 'lt', 'ne'].map(
          (op) => [{ [`nationalId_${op}`]: '1' }, 'nationalId'] as [Record<string, unknown>, string],
        ),
        [{ email_ne: 'x' }, 'email'],
        [{ birthDate_gte: '1990-01-01' }, 'birthDate'],
      ];
      for (const [filter, field] of probes)
        expect([filter, ...refusal(await list(token, 'beneficiaries', { filter }))]).toEqual([
          filter,
          400,
          'INVALID_FILTER',
          [`${field}:FILTER_NOT_ALLOWED`],
        ]);
    },
  );

  it('[P1] the reception officer, who sees them in full, filters on nationalId and on phone and gets the row', async () => {
    const reception = await loginAs('reception_officer');
    for (const filter of [{ nationalId: beneficiary.nationalId }, { phone: beneficiary.phone }]) {
      const res = await list(reception, 'beneficiaries', { filter });
      expect([res.status, res.body.map((r) => r.id), totalOf(res)]).toEqual([200, [beneficiary.id], 1]);
    }
  });

  it.each(MASKING)(
    '[P1] q with a full national ID finds nothing for %s (0 rows, Content-Range total 0)',
    async (role) => {
      const res = await list(await loginAs(role), 'beneficiaries', { filter: { q: beneficiary.nationalId } });
      expect([res.status, res.body.length, totalOf(res)]).toEqual([200, 0, 0]);
    },
  );

  it('[P1] q with a full national ID, or the phone, finds the row for the reception officer; the name still finds it for the manager', async () => {
    const reception = await loginAs('reception_officer');
    for (const q of [beneficiary.nationalId, beneficiary.phone]) {
      const res = await list(reception, 'beneficiaries', { filter: { q, id: beneficiary.id } });
      expect([res.status, res.body.map((r) => r.id), totalOf(res)]).toEqual([200, [beneficiary.id], 1]);
    }
    const byName = await list(await loginAs('manager'), 'beneficiaries', {
      filter: { q: 'هند سعد', id: beneficiary.id },
    });
    expect(byName.body.map((r) => r.id)).toEqual([beneficiary.id]);
  });

  it.each([
    ['manager', 'beneficiaries', 'nationalId'],
    ['committee_member', 'beneficiaries', 'phone'],
    ['reception_officer', 'beneficiaries', 'searchKey'],
    ['manager', 'beneficiaries', 'searchKey'],
    ['follow_up_committee', 'complaints', 'trackingSecretHash'],
    ['reception_officer', 'complaints', 'idempotencyKey'],
    ['manager', 'complaints', 'idempotencyHash'],
    ['manager', 'complaints', 'complainantPhone'],
  ] as [StaffRole, string, string][])(
    '[P1] %s may not sort %s by %s: 400 INVALID_SORT naming it',
    async (role, resource, field) => {
      const res = await list(await loginAs(role), resource, { sort: [field, 'ASC'] });
      expect(refusal(res)).toEqual([400, 'INVALID_SORT', [`${field}:SORT_NOT_ALLOWED`]]);
    },
  );

  it.each([
    ['reception_officer', 'beneficiaries', 'searchKey'],
    ['follow_up_committee', 'complaints', 'trackingSecretHash'],
    ['contact_officer', 'complaints', 'idempotencyKey'],
    ['reception_officer', 'complaints', 'idempotencyHash'],
  ] as [StaffRole, string, string][])(
    '[P1] nobody filters on the private %s… column (%s.%s) with any operator',
    async (role, resource, field) => {
      const token = await loginAs(role);
      const filters = [
        { [field]: 'a' },
        { [field]: ['a', 'b'] },
        { [field]: null },
        ...['gte', 'lte', 'gt', 'lt', 'ne'].map((op) => ({ [`${field}_${op}`]: 'a' })),
      ];
      for (const filter of filters)
        expect([filter, ...refusal(await list(token, resource, { filter }))]).toEqual([
          filter,
          400,
          'INVALID_FILTER',
          [`${field}:FILTER_NOT_ALLOWED`],
        ]);
    },
  );

  it('[P1] the manager reads the ID as first digit, seven stars, last two digits, and never the search key', async () => {
    const managerView = (
      await http<Rec>('GET', `/api/wasl/beneficiaries/${beneficiary.id}`, { token: await loginAs('manager') })
    ).body;
    expect(managerView.nationalId).toBe(
      `${String(beneficiary.nationalId)[0]}*******${String(beneficiary.nationalId).slice(-2)}`,
    );
    expect(managerView).not.toHaveProperty('searchKey');
    expect(String(beneficiary.nationalId)).toMatch(/^1\d{9}$/);
  });
});
