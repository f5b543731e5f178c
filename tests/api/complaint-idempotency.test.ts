/**
 * CM1 idempotency: an Idempotency-Key is bound to the submission it first came with. The same content
 * (in any key order) replays the first complaint; other content under the same key is 422
 * IDEMPOTENCY_KEY_REUSED in Arabic and English, and nothing is written — also under a race.
 */
import { countRows, closeDb } from '../helpers/db';
import type { ErrorBody } from '../helpers/api';
import { newKey, publicBody, submitMultipart, submitPublic } from '../helpers/complaints';
import { realPdf } from '../helpers/files';

afterAll(closeDb);

const expectReused = (res: { status: number; body: ErrorBody }) => {
  expect(res.status).toBe(422);
  expect(res.body.error.details.code).toBe('IDEMPOTENCY_KEY_REUSED');
  expect(res.body.error.details.messageAr).toMatch(/[\u0600-\u06FF]/);
  expect(res.body.error.details.messageEn).toMatch(/Idempotency-Key/);
  expect(res.body.error.details.errors).toEqual([
    expect.objectContaining({ field: 'Idempotency-Key', code: 'IDEMPOTENCY_KEY_REUSED' }),
  ]);
};

describe('Idempotency-Key bound to the submission', () => {
  it('[HRF-CM1] the same key with a different body answers 422 IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
    const key = newKey();
    const body = publicBody();
    const first = await submitPublic(body, { key });
    expect(first.status).toBe(201);
    const before = await Promise.all([countRows('wasl_complaints'), countRows('wasl_notifications')]);
    const other = await submitPublic<ErrorBody>({ ...body, subject: 'موضوع آخر تماماً' }, { key });
    expectReused(other);
    expect(await Promise.all([countRows('wasl_complaints'), countRows('wasl_notifications')])).toEqual(before);
  });

  it('[HRF-CM1] an identical replay, with its keys in another order, still answers the first complaint', async () => {
    const key = newKey();
    const body = publicBody();
    const first = await submitPublic(body, { key });
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await submitPublic(reordered, { key });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(first.body);
  });

  it('[HRF-CM1] the same key with the same fields but another attachment is refused with 422', async () => {
    const key = newKey();
    const body = publicBody();
    const [one, two] = [await realPdf(1, 'one'), await realPdf(1, 'two')];
    const first = await submitMultipart(body, [{ name: 'a.pdf', type: 'application/pdf', bytes: one }], undefined, {
      'Idempotency-Key': key,
    });
    expect(first.status).toBe(201);
    const same = await submitMultipart(body, [{ name: 'a.pdf', type: 'application/pdf', bytes: one }], undefined, {
      'Idempotency-Key': key,
    });
    expect(same.status).toBe(200);
    expect(same.body.trackingNumber).toBe(first.body.trackingNumber);
    const files = await countRows('files');
    const other = await submitMultipart(body, [{ name: 'a.pdf', type: 'application/pdf', bytes: two }], undefined, {
      'Idempotency-Key': key,
    });
    expectReused(other as unknown as { status: number; body: ErrorBody });
    expect(await countRows('files')).toBe(files);
  });

  it('[HRF-CM1] concurrent submissions with one key and two bodies: one complaint, its twins replay, the others get 422', async () => {
    const key = newKey();
    const before = await countRows('wasl_complaints');
    const bodies = [publicBody(), publicBody()];
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) => submitPublic<Record<string, unknown>>(bodies[i % 2], { key })),
    );
    expect(await countRows('wasl_complaints')).toBe(before + 1);
    const created = replies.findIndex((r) => r.status === 201);
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    replies.forEach((r, i) => {
      if (i === created) return;
      if (i % 2 === created % 2)
        expect([r.status, r.body.trackingNumber]).toEqual([200, replies[created].body.trackingNumber]);
      else expectReused(r as unknown as { status: number; body: ErrorBody });
    });
  });
});
