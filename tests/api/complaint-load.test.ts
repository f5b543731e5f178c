/**
 * HRF-CM1 under load: 1 000 concurrent public submissions on loopback (autocannon, 50 connections,
 * each request its own client address and Idempotency-Key) give exactly 1 000 complaints with 1 000
 * distinct tracking numbers and no 5xx; replaying the same keys creates none. No timing is asserted.
 */
import autocannon from 'autocannon';
import { randomUUID } from 'crypto';
import { baseUrl } from '../helpers/api';
import { closeDb, countRows, db } from '../helpers/db';
import { publicBody } from '../helpers/complaints';

const TOTAL = 1000;
const run = randomUUID().slice(0, 8);
const keyOf = (i: number) => `load-${run}-${String(i).padStart(5, '0')}`;
const ipOf = (i: number) => `172.${16 + Math.floor(i / 65_536)}.${Math.floor(i / 256) % 256}.${i % 256}`;

/** Fires TOTAL submissions, request i carrying key i; returns autocannon's tally. */
const fire = (): Promise<autocannon.Result> => {
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl()}/api/wasl/public/complaints`,
        connections: 50,
        amount: TOTAL,
        timeout: 60,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const i = next;
              next += 1;
              return {
                ...req,
                headers: {
                  'content-type': 'application/json',
                  'idempotency-key': keyOf(i),
                  'x-forwarded-for': ipOf(i),
                },
                body: JSON.stringify(publicBody({ complainantPhone: `05${String(10_000_000 + i).padStart(8, '0')}` })),
              };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
};

const mine = () => db()('wasl_complaints').where('idempotency_key', 'like', `web:load-${run}-%`);

afterAll(closeDb);

describe('public intake under load', () => {
  it('[HRF-CM1] 1 000 concurrent submissions make 1 000 complaints with 1 000 distinct numbers and no 5xx; a replay makes none', async () => {
    const before = await countRows('wasl_complaints');
    const first = await fire();
    expect({
      '2xx': first['2xx'],
      '4xx': first['4xx'],
      '5xx': first['5xx'],
      errors: first.errors,
      timeouts: first.timeouts,
    }).toEqual({ '2xx': TOTAL, '4xx': 0, '5xx': 0, errors: 0, timeouts: 0 });
    const rows = (await mine().select('tracking_number', 'idempotency_key')) as {
      tracking_number: string;
      idempotency_key: string;
    }[];
    expect(rows).toHaveLength(TOTAL);
    expect(new Set(rows.map((r) => r.tracking_number)).size).toBe(TOTAL);
    expect(new Set(rows.map((r) => r.idempotency_key)).size).toBe(TOTAL);
    expect(await countRows('wasl_complaints')).toBe(before + TOTAL);

    const replay = await fire();
    expect({ '2xx': replay['2xx'], '5xx': replay['5xx'], errors: replay.errors }).toEqual({
      '2xx': TOTAL,
      '5xx': 0,
      errors: 0,
    });
    expect(await countRows('wasl_complaints')).toBe(before + TOTAL);
  }, 240_000);
});
