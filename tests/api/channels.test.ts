/**
 * ALL-CH on a real Strapi: the channels and complaint categories are rows the association admin edits;
 * every intake path refuses a channel the association has not enabled (422 naming it) and writes nothing.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, countRows } from '../helpers/db';
import { publicBody, staffIntake, submitPublic } from '../helpers/complaints';
import { fileRequest, registerBeneficiary, serviceId } from '../helpers/journey';

type Row = { id: string; key: string; nameAr: string; nameEn: string | null; enabled: boolean };

const list = async (resource: string, filter: Record<string, unknown> = {}) =>
  (
    await http<Row[]>('GET', `/api/wasl/${resource}`, {
      token: await loginAs('reception_officer'),
      query: { filter, range: [0, 199] },
    })
  ).body;

describe('channels and complaint categories are data', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await loginAs('association_admin');
  });
  afterAll(closeDb);

  it("[ALL-CH] the demo enables exactly the eight channels Yusr's policy lists", async () => {
    // Of the ten channels the policies name (other test files may add channels of their own).
    const POLICY_CHANNELS = [
      'in_person',
      'phone',
      'email',
      'social_media',
      'letter',
      'fax',
      'website',
      'help_request',
      'volunteer_service',
      'branch_representative',
    ];
    const enabled = (await list('channels', { enabled: true })).filter((c) => POLICY_CHANNELS.includes(c.key));
    expect(enabled.map((c) => c.key).sort()).toEqual([
      'branch_representative',
      'help_request',
      'in_person',
      'letter',
      'phone',
      'social_media',
      'volunteer_service',
      'website',
    ]);
    const disabled = (await list('channels', { enabled: false })).filter((c) => POLICY_CHANNELS.includes(c.key));
    expect(disabled.map((c) => c.key).sort()).toEqual(['email', 'fax']);
    expect(enabled.find((c) => c.key === 'branch_representative')?.nameAr).toBe('مناديب المكاتب الفرعية');
  });

  it('[ALL-CH] a request through fax is refused with 422 naming the channel, and nothing is written', async () => {
    const beneficiary = (await registerBeneficiary()).id;
    const service = await serviceId('family-counselling');
    const before = await countRows('wasl_service_requests');
    const res = await http<ErrorBody>('POST', '/api/wasl/service-requests', {
      token: await loginAs('reception_officer'),
      body: { beneficiary, service, channel: 'fax', documentsProvided: [] },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.errors.map((e) => [e.field, e.code])).toEqual([['channel', 'CHANNEL_NOT_ENABLED']]);
    expect(res.body.error.details.messageAr).toBe('القناة «fax» ليست من قنوات التواصل المفعلة لدى الجمعية');
    expect(await countRows('wasl_service_requests')).toBe(before);
  });

  it('[ALL-CH] a complaint in a category the association does not use is refused with 422 naming it', async () => {
    const res = await staffIntake({ channel: 'phone', category: 'weather' });
    expect(res.status).toBe(422);
    expect((res.body as unknown as ErrorBody).error.details.errors.map((e) => [e.field, e.code])).toEqual([
      ['category', 'CATEGORY_NOT_ENABLED'],
    ]);
  });

  it('[ALL-CH] the admin adds a channel and a category and the front desk uses them at once', async () => {
    const channel = await http<Row>('POST', '/api/wasl/channels', {
      token: admin,
      body: { key: 'mobile_app', nameAr: 'تطبيق الجوال', nameEn: 'Mobile app', enabled: true },
    });
    expect(channel.status).toBe(201);
    const category = await http<Row>('POST', '/api/wasl/complaint-categories', {
      token: admin,
      body: { key: 'housing', nameAr: 'السكن', nameEn: 'Housing' },
    });
    expect(category.status).toBe(201);
    const complaint = await staffIntake({ channel: 'mobile_app', category: 'housing' });
    expect(complaint.status).toBe(201);
    expect(complaint.body).toMatchObject({ channel: 'mobile_app', category: 'housing' });
    const beneficiary = (await registerBeneficiary()).id;
    const request = await fileRequest(beneficiary, await serviceId('family-counselling'), { channel: 'mobile_app' });
    expect(request).toMatchObject({ status: 'received' });
  });

  it('[ALL-CH] the website form is refused while the association has the website channel disabled', async () => {
    const [website] = await list('channels', { key: 'website' });
    expect(
      (await http('PUT', `/api/wasl/channels/${website.id}`, { token: admin, body: { enabled: false } })).status,
    ).toBe(200);
    try {
      const res = await submitPublic<ErrorBody>(publicBody());
      expect(res.status).toBe(422);
      expect(res.body.error.details.code).toBe('CHANNEL_NOT_ENABLED');
    } finally {
      expect(
        (await http('PUT', `/api/wasl/channels/${website.id}`, { token: admin, body: { enabled: true } })).status,
      ).toBe(200);
    }
    expect((await submitPublic(publicBody())).status).toBe(201);
  });

  it('[ALL-CH] a key is well-formed and never changes; only the admin edits the lists', async () => {
    const bad = await http<ErrorBody>('POST', '/api/wasl/channels', {
      token: admin,
      body: { key: 'Fax Two!', nameAr: 'فاكس' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors.map((e) => [e.field, e.code])).toEqual([['key', 'KEY_INVALID']]);
    const [fax] = await list('channels', { key: 'fax' });
    const renamed = await http<ErrorBody>('PUT', `/api/wasl/channels/${fax.id}`, {
      token: admin,
      body: { key: 'telefax' },
    });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.details.errors.map((e) => [e.field, e.code])).toEqual([['key', 'KEY_IMMUTABLE']]);
    const reception = await http('POST', '/api/wasl/channels', {
      token: await loginAs('reception_officer'),
      body: { key: 'pigeon', nameAr: 'الحمام الزاجل' },
    });
    expect(reception.status).toBe(403);
    const removed = await http('DELETE', `/api/wasl/channels/${fax.id}`, { token: admin });
    expect(removed.status).toBe(403);
  });
});
