/**
 * HRF-CM1 hardening: 2 000+ malformed submissions (wrong types, huge strings, nested junk, SQL and
 * script payloads, invalid UTF-8, bad JSON, wrong content types, bad headers) and 300 junk tracking
 * lookups: every answer is a 4xx, no row is written anywhere, and the server stays healthy.
 */
import { baseUrl } from '../helpers/api';
import { closeDb, countRows } from '../helpers/db';
import { fuzzCases, trackingCases, type FuzzCase } from '../helpers/fuzz';

const TABLES = [
  'wasl_complaints',
  'wasl_complaint_actions',
  'wasl_notifications',
  'wasl_attachments',
  'files',
  'wasl_audit_logs',
  'wasl_tracking_sequences',
];
const CONCURRENCY = 20;

let address = 0;
const nextIp = () => {
  address += 1;
  return `192.168.${Math.floor(address / 250) % 250}.${(address % 250) + 1}`;
};

const send = async (c: FuzzCase): Promise<number> => {
  const headers: Record<string, string> = { 'X-Forwarded-For': nextIp(), ...c.headers };
  if (c.contentType) headers['Content-Type'] = c.contentType;
  const res = await fetch(`${baseUrl()}/api/wasl/public/complaints`, { method: 'POST', headers, body: c.body });
  await res.arrayBuffer();
  return res.status;
};

/** Runs `work` over `items` with at most CONCURRENCY in flight. */
const pool = async <T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const i = next;
        next += 1;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
};

const counts = () => Promise.all(TABLES.map(countRows));

afterAll(closeDb);

describe('public endpoints under malformed input', () => {
  it('[HRF-CM1] answers 2 100 malformed submissions with 4xx only and writes nothing', async () => {
    const before = await counts();
    const cases = fuzzCases(2100);
    const statuses = await pool(cases, send);
    const wrong = cases
      .map((c, i) => ({ label: c.label, status: statuses[i] }))
      .filter((r) => r.status < 400 || r.status >= 500);
    expect(wrong).toEqual([]);
    expect(await counts()).toEqual(before);
  }, 180_000);

  it('[HRF-CM1] answers 300 junk tracking lookups with 4xx only, and stays healthy', async () => {
    const statuses = await pool(trackingCases(300), async (c) => {
      const res = await fetch(`${baseUrl()}/api/wasl/public/complaints/${c.path}`, {
        headers: { 'X-Forwarded-For': nextIp(), ...c.headers },
      });
      await res.arrayBuffer();
      return res.status;
    });
    expect(statuses.filter((s) => s < 400 || s >= 500)).toEqual([]);
    expect((await fetch(`${baseUrl()}/_health`)).status).toBe(200);
  }, 60_000);
});
