/**
 * HRF-P1 data integrity through the generic record adapter: a unique attribute (branch code,
 * committee key) taken by another record answers 409 DUPLICATE_VALUE naming the field in Arabic and
 * English — never Strapi's own 400 "This attribute must be unique" — on create, on update and under a race.
 */
import { randomUUID } from 'crypto';
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, countRows } from '../helpers/db';

type Row = { id: string };

afterAll(closeDb);

const admin = () => loginAs('association_admin');
const short = () => randomUUID().replace(/-/g, '').slice(0, 10);
const branch = (code: string) => ({ code, nameAr: 'فرع الاختبار' });
const committee = (key: string) => ({ key, nameAr: 'لجنة الاختبار', type: 'research', quorum: 2 });

const expectDuplicate = (res: { status: number; body: unknown }, field: string, labelAr: string, labelEn: string) => {
  const body = res.body as ErrorBody;
  expect(res.status).toBe(409);
  expect(body.error.details.code).toBe('DUPLICATE_VALUE');
  expect(body.error.details.errors).toEqual([expect.objectContaining({ field, code: 'VALUE_ALREADY_USED' })]);
  expect(body.error.details.errors[0].messageAr).toContain(labelAr);
  expect(body.error.details.errors[0].messageEn).toContain(labelEn);
};

describe('unique fields through /api/wasl/<resource>', () => {
  it('[HRF-P1] a second branch with a taken code is 409 DUPLICATE_VALUE naming "رمز الفرع" / "branch code", and nothing is written', async () => {
    const token = await admin();
    const code = `B${short()}`;
    expect((await http('POST', '/api/wasl/branches', { token, body: branch(code) })).status).toBe(201);
    const before = await countRows('wasl_branches');
    expectDuplicate(
      await http('POST', '/api/wasl/branches', { token, body: branch(code) }),
      'code',
      'رمز الفرع',
      'branch code',
    );
    expect(await countRows('wasl_branches')).toBe(before);
  });

  it("[HRF-P1] updating a branch to another branch's code is 409; keeping its own code is fine", async () => {
    const token = await admin();
    const [a, b] = [`B${short()}`, `B${short()}`];
    await http('POST', '/api/wasl/branches', { token, body: branch(a) });
    const second = await http<Row>('POST', '/api/wasl/branches', { token, body: branch(b) });
    expectDuplicate(
      await http('PUT', `/api/wasl/branches/${second.body.id}`, { token, body: { code: a } }),
      'code',
      'رمز الفرع',
      'branch code',
    );
    expect(
      (await http('PUT', `/api/wasl/branches/${second.body.id}`, { token, body: { code: b, nameAr: 'فرع معدل' } }))
        .status,
    ).toBe(200);
  });

  it('[HRF-P1] a taken committee key is 409 DUPLICATE_VALUE naming "مفتاح اللجنة" / "committee key"', async () => {
    const token = await admin();
    const key = `k-${short()}`;
    expect((await http('POST', '/api/wasl/committees', { token, body: committee(key) })).status).toBe(201);
    expectDuplicate(
      await http('POST', '/api/wasl/committees', { token, body: committee(key) }),
      'key',
      'مفتاح اللجنة',
      'committee key',
    );
  });

  it('[HRF-P1] concurrent creates with one branch code: one 201, every other answer 409 naming the field, one row', async () => {
    const token = await admin();
    const code = `R${short()}`;
    const before = await countRows('wasl_branches');
    const replies = await Promise.all(
      Array.from({ length: 6 }, () => http('POST', '/api/wasl/branches', { token, body: branch(code) })),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of replies.filter((x) => x.status !== 201)) expectDuplicate(r, 'code', 'رمز الفرع', 'branch code');
    expect(await countRows('wasl_branches')).toBe(before + 1);
  });
});
