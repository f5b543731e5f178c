/**
 * YSR-E1 on a real Strapi: registering for a service online (`POST /api/wasl/public/requests`, and the
 * website's form that calls the same service) files a request in `received` through the website channel,
 * audited, and answers what is still missing; a bad input writes nothing; confidential, unpublished and
 * unknown services are 404; a national ID already registered leaves the registry row untouched and
 * answers exactly as for a new one.
 */
import crypto from 'crypto';
import { generateSaudiId } from '../../cms/domain/saudi-id';
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, countRows, db, jsonColumn } from '../helpers/db';
import { registerBeneficiary } from '../helpers/journey';
import { siteUrl } from '../helpers/site';

type Answer = {
  trackingNumber: string;
  status: string;
  receivedAt: string;
  service: { key: string; nameAr: string; nameEn: string | null };
  unmet: { rule: string; code: string; ar: string; en: string }[];
  documents: { key: string; labelAr: string; labelEn: string }[];
  responseTime: { days: number; unit: string };
};

const tag = crypto.randomInt(1000, 9999);
let ipCounter = 0;
/** Each call from its own client address, so the per-IP limit is met only where a test means to. */
const freshIp = () => `198.18.${tag % 250}.${(ipCounter += 1)}`;

const applicant = (seed: number, patch: Record<string, unknown> = {}) => ({
  service: 'skills-programmes',
  nationalId: generateSaudiId('citizen', seed),
  fullNameAr: 'نورة عبدالله سالم القحطاني',
  nationality: 'SA',
  legalResidency: true,
  gender: 'female',
  socialStatus: 'divorced',
  birthDate: '1990-04-12',
  phone: `05${String(seed).padStart(8, '0').slice(-8)}`,
  email: `noura${seed}@mail.example`,
  consent: true,
  ...patch,
});

const register = (body: unknown, ip = freshIp()) =>
  http<Answer>('POST', '/api/wasl/public/requests', { body, headers: { 'X-Forwarded-For': ip } });

const seedOf = () => crypto.randomInt(100_000_000, 199_999_999);

const requestRow = (trackingNumber: string) =>
  db()('wasl_service_requests as r')
    .join('wasl_service_requests_service_lnk as sl', 'sl.service_request_id', 'r.id')
    .join('wasl_services as s', 's.id', 'sl.service_id')
    .join('wasl_service_requests_beneficiary_lnk as bl', 'bl.service_request_id', 'r.id')
    .where('r.tracking_number', trackingNumber)
    .first(
      'r.id',
      'r.document_id',
      'r.status',
      'r.channel',
      'r.registered_online',
      'r.intake_data',
      's.key as service',
      'bl.beneficiary_id',
    );

/** The answer without what differs from one request to the next. */
const shapeOf = (a: Answer) => ({ ...a, trackingNumber: 'REQ', receivedAt: 'at' });

afterAll(closeDb);

describe('online service registration (YSR-E1)', () => {
  it('[YSR-E1] a bad input is refused with one field message per fault in Arabic and English, and nothing is written', async () => {
    const before = await Promise.all(
      ['wasl_service_requests', 'wasl_beneficiaries', 'wasl_request_events'].map(countRows),
    );
    const res = await register(
      applicant(seedOf(), {
        nationalId: '1000000001',
        phone: '12345',
        gender: 'other',
        consent: false,
        socialStatus: undefined,
        status: 'approved',
      }),
    );
    expect(res.status).toBe(400);
    const errors = (res.body as unknown as ErrorBody).error.details.errors;
    expect(errors.map((e) => [e.field, e.code]).sort()).toEqual(
      [
        ['gender', 'FIELD_INVALID_ENUM'],
        ['nationalId', 'NATIONAL_ID_CHECKSUM'],
        ['phone', 'PHONE_INVALID'],
        ['socialStatus', 'FIELD_REQUIRED'],
        ['status', 'UNKNOWN_FIELD'],
      ].sort(),
    );
    const id = errors.find((e) => e.field === 'nationalId');
    expect(id?.messageAr).toBe('رقم الهوية غير صحيح (خانة التحقق لا تطابق)');
    expect(id?.messageEn).toBe('The ID number is not valid (check digit mismatch)');
    // Consent is asked for once the fields are otherwise valid.
    const consent = await register(applicant(seedOf(), { consent: false }));
    expect(consent.status).toBe(400);
    expect((consent.body as unknown as ErrorBody).error.details.errors).toEqual([
      expect.objectContaining({
        field: 'consent',
        code: 'CONSENT_REQUIRED',
        messageAr: 'يلزم موافقتك على حفظ بياناتك واستخدامها لدراسة طلبك',
        messageEn: 'Your consent to keep and use your data to study the request is required',
      }),
    ]);
    // The website's form shows the same messages beside its fields, in the page's language.
    for (const [path, message] of [
      ['/services/family-counselling/register', 'رقم الهوية غير صحيح (خانة التحقق لا تطابق)'],
      ['/en/services/family-counselling/register', 'The ID number is not valid (check digit mismatch)'],
    ]) {
      const form = await fetch(siteUrl(path), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': freshIp() },
        body: new URLSearchParams({ nationalId: '1000000001', fullNameAr: 'نورة' }).toString(),
      });
      expect(form.status).toBe(400);
      const page = await form.text();
      expect(page).toContain(`<span class="field-error" id="f-nationalId-error">${message}</span>`);
      expect(page).toContain('value="1000000001"');
    }
    const after = await Promise.all(
      ['wasl_service_requests', 'wasl_beneficiaries', 'wasl_request_events'].map(countRows),
    );
    expect(after).toEqual(before);
  });

  it('[YSR-E1] files the request in received through the website for the service, audited, and says what is missing', async () => {
    const body = applicant(seedOf());
    const res = await register(body);
    expect(res.status).toBe(201);
    expect(res.body.trackingNumber).toMatch(/^REQ-\d{4}-\d{6}$/);
    expect(shapeOf(res.body)).toEqual({
      trackingNumber: 'REQ',
      status: 'received',
      receivedAt: 'at',
      service: {
        key: 'skills-programmes',
        nameAr: 'البرامج المهارية للمطلقات والأرامل',
        nameEn: 'Skills programmes for divorced women and widows',
      },
      unmet: [
        {
          rule: 'interviewPassed',
          code: 'ELIGIBILITY_INTERVIEW',
          ar: 'يشترط اجتياز المقابلة الشخصية',
          en: 'The personal interview must be passed',
        },
      ],
      documents: [
        {
          key: 'national_id_copy',
          labelAr: 'صورة الهوية الوطنية أو الإقامة',
          labelEn: 'Copy of the national ID or iqama',
        },
        {
          key: 'social_status_proof',
          labelAr: 'ما يثبت الحالة الاجتماعية (صك طلاق أو شهادة وفاة)',
          labelEn: 'Proof of social status',
        },
      ],
      // The demo profile's default deadline (skills-programmes has none of its own).
      responseTime: { days: 10, unit: 'working_days' },
    });
    const row = await requestRow(res.body.trackingNumber);
    expect([row.status, row.channel, Boolean(row.registered_online), row.service]).toEqual([
      'received',
      'website',
      true,
      'skills-programmes',
    ]);
    expect((jsonColumn(row.intake_data) as { registry: string }).registry).toBe('created');
    const person = await db()('wasl_beneficiaries')
      .where({ id: row.beneficiary_id })
      .first('national_id', 'full_name_ar', 'phone', 'consent_given');
    expect([person.national_id, person.full_name_ar, person.phone, Boolean(person.consent_given)]).toEqual([
      body.nationalId,
      'نورة عبدالله سالم القحطاني',
      `+966${body.phone.slice(1)}`,
      true,
    ]);
    const events = await db()('wasl_request_events as e')
      .join('wasl_request_events_request_lnk as l', 'l.request_event_id', 'e.id')
      .where('l.service_request_id', row.id)
      .select('e.from_status', 'e.to_status', 'e.actor_role');
    expect(events).toEqual([{ from_status: null, to_status: 'received', actor_role: 'public' }]);
    const audit = await db()('wasl_audit_logs')
      .where({ record_id: row.document_id })
      .select('action', 'resource', 'actor_id', 'actor_role', 'summary');
    expect(audit.map((a) => ({ ...a, summary: jsonColumn(a.summary) }))).toEqual([
      {
        action: 'create',
        resource: 'service-requests',
        actor_id: null,
        actor_role: 'system',
        summary: { channel: 'website', service: 'skills-programmes', registeredOnline: true, registry: 'created' },
      },
    ]);
  });

  it('[YSR-E1] a confidential, an unpublished and an unknown service are 404, on the API and the site, and nothing is written', async () => {
    const admin = await loginAs('association_admin');
    const hidden = await http<{ id: string }>('POST', '/api/wasl/services', {
      token: admin,
      body: { key: `draft-service-${tag}`, nameAr: 'خدمة غير منشورة', category: 'other', published: false },
    });
    expect(hidden.status).toBe(201);
    const before = await Promise.all(['wasl_service_requests', 'wasl_beneficiaries'].map(countRows));
    for (const service of ['shaml-centre', `draft-service-${tag}`, 'no-such-service']) {
      const res = await register(applicant(seedOf(), { service }));
      expect([service, res.status, (res.body as unknown as ErrorBody).error.details.code]).toEqual([
        service,
        404,
        'NOT_FOUND',
      ]);
      const page = await fetch(siteUrl(`/services/${service}/register`));
      expect([service, page.status, page.headers.get('content-type')]).toEqual([
        service,
        404,
        'text/html; charset=utf-8',
      ]);
    }
    expect(await Promise.all(['wasl_service_requests', 'wasl_beneficiaries'].map(countRows))).toEqual(before);
  });

  it('[YSR-E1] an already registered national ID: the request goes to that beneficiary, the registry is untouched, the answer is the same', async () => {
    const known = await registerBeneficiary({
      fullNameAr: 'هيفاء ناصر العتيبي',
      gender: 'female',
      socialStatus: 'widowed',
    });
    const stored = await db()('wasl_beneficiaries').where({ document_id: known.id }).first();
    const typed = applicant(seedOf(), {
      nationalId: stored.national_id,
      fullNameAr: 'اسم آخر كتبه الزائر',
      socialStatus: 'divorced',
    });
    const res = await register(typed);
    expect(res.status).toBe(201);
    const fresh = await register(applicant(seedOf()));
    expect(shapeOf(res.body)).toEqual(shapeOf(fresh.body));
    const row = await requestRow(res.body.trackingNumber);
    expect(row.beneficiary_id).toBe(stored.id);
    expect(await db()('wasl_beneficiaries').where({ id: stored.id }).first()).toEqual(stored);
    const intake = jsonColumn(row.intake_data) as { registry: string; onlineApplicant: Record<string, unknown> };
    expect(intake.registry).toBe('existing');
    expect([
      intake.onlineApplicant.fullNameAr,
      intake.onlineApplicant.socialStatus,
      intake.onlineApplicant.nationalId,
    ]).toEqual(['اسم آخر كتبه الزائر', 'divorced', stored.national_id]);
  });

  it('[YSR-E1] the API and the website form share one per-IP limit', async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i += 1) expect((await register({}, ip)).status).toBe(400);
    const api = await register(applicant(seedOf()), ip);
    expect(api.status).toBe(429);
    expect(Number(api.headers.get('Retry-After'))).toBeGreaterThan(0);
    const form = await fetch(siteUrl('/services/family-counselling/register'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': ip },
      body: new URLSearchParams({ nationalId: generateSaudiId('citizen', seedOf()) }).toString(),
    });
    expect([form.status, form.headers.get('content-type')]).toEqual([429, 'text/html; charset=utf-8']);
    expect(form.headers.get('Retry-After')).not.toBeNull();
    expect(await form.text()).toContain('طلبات كثيرة في وقت قصير');
  });
});
