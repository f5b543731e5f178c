/**
 * CM1 public intake: strict bilingual validation, honeypot, per-IP limit, idempotency key, attachments
 * checked by content, tracking number and acknowledgement; tracking with a second factor.
 */
import { countRows, closeDb, db } from '../helpers/db';
import { baseUrl, type ErrorBody } from '../helpers/api';
import {
  newKey,
  publicBody,
  randomIp,
  submitMultipart,
  submitPublic,
  track,
  type PublicReceipt,
} from '../helpers/complaints';
import { EXE, realPdf, realPng } from '../helpers/files';

afterAll(closeDb);

describe('public complaint intake', () => {
  it('[HRF-CM1] files a complaint from the website with a tracking number, a token and an acknowledgement in the outbox', async () => {
    const email = `ack${Date.now()}@mail.example`;
    const res = await submitPublic(publicBody({ complainantEmail: email }));
    expect(res.status).toBe(201);
    expect(res.body.trackingNumber).toMatch(/^CMP-14\d\d-\d{6}$/);
    expect(res.body.trackingToken).toMatch(/^[\w-]{16}$/);
    const row = await db()('wasl_complaints').where({ tracking_number: res.body.trackingNumber }).first();
    expect(row).toMatchObject({
      channel: 'website',
      kind: 'complaint',
      category: 'delay',
      subject: 'تأخر الرد على طلبي',
    });
    expect(row.tracking_secret_hash).not.toContain(res.body.trackingToken);
    const ack = await db()('wasl_notifications')
      .where({ recipient: email, template: 'complaint_acknowledged' })
      .first();
    expect(ack.body_text).toContain(res.body.trackingNumber);
    expect(ack.body_text).toContain(res.body.trackingToken);
  });

  it('[HRF-CM1] numbers inquiries and suggestions in sequences of their own', async () => {
    const inquiry = await submitPublic(publicBody({ kind: 'inquiry', category: 'information' }));
    const suggestion = await submitPublic(publicBody({ kind: 'suggestion', category: 'facilities' }));
    expect(inquiry.body.trackingNumber).toMatch(/^INQ-14\d\d-\d{6}$/);
    expect(suggestion.body.trackingNumber).toMatch(/^SUG-14\d\d-\d{6}$/);
  });

  it('[HRF-CM1] refuses unknown, server-owned and malformed fields with Arabic and English messages, writing nothing', async () => {
    const before = await countRows('wasl_complaints');
    const res = await submitPublic<ErrorBody>(
      publicBody({
        status: 'closed',
        trackingNumber: 'CMP-1448-000001',
        subject: 'x'.repeat(201),
        complainantPhone: '12',
        kind: 'praise',
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('VALIDATION_FAILED');
    const byField = Object.fromEntries(res.body.error.details.errors.map((e) => [e.field, e.code]));
    expect(byField).toEqual({
      status: 'UNKNOWN_FIELD',
      trackingNumber: 'UNKNOWN_FIELD',
      subject: 'FIELD_TOO_LONG',
      complainantPhone: 'PHONE_INVALID',
      kind: 'FIELD_INVALID_ENUM',
    });
    for (const e of res.body.error.details.errors) expect(e.messageAr).toMatch(/[\u0600-\u06FF]/);
    expect(await countRows('wasl_complaints')).toBe(before);
  });

  it('[HRF-CM1] needs a way to answer unless the complaint is anonymous', async () => {
    const named = await submitPublic<ErrorBody>(publicBody({ complainantPhone: undefined }));
    expect(named.body.error.details.errors).toEqual([
      expect.objectContaining({ field: 'complainantPhone', code: 'CONTACT_REQUIRED' }),
    ]);
    const anonymous = await submitPublic(
      publicBody({ anonymous: true, complainantName: undefined, complainantPhone: undefined }),
    );
    expect(anonymous.status).toBe(201);
  });

  it('[HRF-CM1] answers a filled honeypot like a success and writes nothing', async () => {
    const before = await Promise.all([countRows('wasl_complaints'), countRows('wasl_notifications')]);
    const res = await submitPublic(publicBody({ website: 'http://spam.example' }));
    expect(res.status).toBe(201);
    expect(res.body.trackingNumber).toMatch(/^CMP-14\d\d-9\d{5}$/);
    expect(await Promise.all([countRows('wasl_complaints'), countRows('wasl_notifications')])).toEqual(before);
  });

  it('[HRF-CM1] one Idempotency-Key is one complaint: a retry gets the same number and token', async () => {
    const key = newKey();
    const body = publicBody();
    const first = await submitPublic(body, { key });
    const again = await submitPublic(body, { key });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(first.body);
    expect(await countRows('wasl_complaints')).toBeGreaterThan(0);
    expect((await db()('wasl_complaints').where({ tracking_number: first.body.trackingNumber })).length).toBe(1);
  });

  it('[HRF-CM1] concurrent submissions with one Idempotency-Key create exactly one complaint', async () => {
    const key = newKey();
    const before = await countRows('wasl_complaints');
    const body = publicBody();
    const replies = await Promise.all(Array.from({ length: 12 }, () => submitPublic(body, { key })));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(replies.map((r) => r.body.trackingNumber)).size).toBe(1);
    expect(await countRows('wasl_complaints')).toBe(before + 1);
  });

  it('[HRF-CM1] refuses a malformed Idempotency-Key and a non-JSON content type', async () => {
    const badKey = await submitPublic<ErrorBody>(publicBody(), { headers: { 'Idempotency-Key': 'short' } });
    expect(badKey.body.error.details.errors[0]).toMatchObject({
      field: 'Idempotency-Key',
      code: 'IDEMPOTENCY_KEY_INVALID',
    });
    const res = await fetch(`${baseUrl()}/api/wasl/public/complaints`, {
      method: 'POST',
      body: 'kind=complaint',
      headers: { 'Content-Type': 'text/plain', 'X-Forwarded-For': randomIp() },
    });
    expect(res.status).toBe(415);
  });

  it('[HRF-CM1] limits submissions per IP with 429 and Retry-After', async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 21; i += 1) {
      const res = await submitPublic<ErrorBody>({ kind: 'nonsense' }, { ip });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('[HRF-CM1] accepts PDF and PNG attachments recognised by their bytes and refuses an executable named .pdf', async () => {
    const ok = await submitMultipart(publicBody(), [
      { name: 'report.pdf', type: 'application/pdf', bytes: await realPdf() },
      { name: 'photo.png', type: 'image/png', bytes: await realPng(8, 8) },
    ]);
    expect(ok.status).toBe(201);
    const complaint = await db()('wasl_complaints').where({ tracking_number: ok.body.trackingNumber }).first();
    const links = await db()('wasl_attachments_complaint_lnk').where({ complaint_id: complaint.id });
    expect(links).toHaveLength(2);
    const before = await countRows('wasl_complaints');
    const bad = await submitMultipart(publicBody(), [{ name: 'invoice.pdf', type: 'application/pdf', bytes: EXE }]);
    expect(bad.status).toBe(415);
    expect(JSON.stringify(bad.body)).toContain('ATTACHMENT_TYPE_NOT_ALLOWED');
    expect(await countRows('wasl_complaints')).toBe(before);
  });
});

describe('public tracking', () => {
  let receipt: PublicReceipt;
  const phone = '0551234567';
  beforeAll(async () => {
    receipt = (await submitPublic(publicBody({ complainantPhone: phone }))).body;
  });

  it('[HRF-CM1] shows the status with the right token or the last four phone digits, and nothing personal', async () => {
    for (const factor of [{ token: receipt.trackingToken }, { last4: '4567' }]) {
      const res = await track(receipt.trackingNumber, factor);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        trackingNumber: receipt.trackingNumber,
        status: expect.any(String),
        replies: [],
      });
      expect(JSON.stringify(res.body)).not.toMatch(/نورة|0551234567|966/);
    }
  });

  it('[HRF-CM1] answers a wrong second factor exactly like an unknown number', async () => {
    const wrongPhone = await track<ErrorBody>(receipt.trackingNumber, { last4: '0000' });
    const wrongToken = await track<ErrorBody>(receipt.trackingNumber, { token: 'AAAAAAAAAAAAAAAA' });
    const none = await track<ErrorBody>(receipt.trackingNumber, {});
    const unknown = await track<ErrorBody>('CMP-1448-999999', { last4: '4567' });
    for (const res of [wrongPhone, wrongToken, none, unknown]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual(unknown.body.error);
    }
  });

  it('[HRF-CM1] limits tracking attempts per IP', async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1)
      statuses.push((await track(receipt.trackingNumber, { last4: String(1000 + i) }, ip)).status);
    expect(statuses[20]).toBe(429);
  });
});
