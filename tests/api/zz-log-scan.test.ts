/**
 * Issue 10 "done when" 3: after the whole API suite (and the e2e files) have run against the test
 * Strapi, its log (.tmp/test-server.log, written by tests/helpers/global-setup.ts) holds no national
 * ID, phone number, JWT or password. The custom sequencer (tests/helpers/test-sequencer.js) runs this
 * file last. So that the scan is not vacuous, it first sends the requests that used to leak: searches
 * by a full national ID and a full phone, an ID in a path, a failed sign-in and a JSON body that does
 * not parse, each carrying a secret.
 */
import fs from 'fs';
import { http, loginAs } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { readTestServer } from '../helpers/server-env';

const LEAKED_PASSWORD = 'Leaked-Password-In-Body-7431';

afterAll(closeDb);

describe('the test server log after the API suite', () => {
  let log = '';
  let ids: string[] = [];
  let phones: string[] = [];

  beforeAll(async () => {
    const rows = (await db()('wasl_beneficiaries').select('national_id', 'phone')) as {
      national_id: string;
      phone: string;
    }[];
    ids = rows.map((r) => r.national_id);
    phones = rows.map((r) => r.phone);
    const manager = await loginAs('manager');
    await http('GET', '/api/wasl/beneficiaries', { token: manager, query: { filter: { q: ids[0] }, range: [0, 9] } });
    await http('GET', '/api/wasl/beneficiaries', {
      token: manager,
      query: { filter: { q: phones[0] }, range: [0, 9] },
    });
    await http('GET', `/api/wasl/beneficiaries/${ids[1]}`, { token: manager });
    await http('GET', `/api/wasl/no-such-route/${phones[1]}`, { token: manager, query: { nationalId: ids[2] } });
    await http('POST', '/api/auth/local', { body: { identifier: 'manager', password: LEAKED_PASSWORD } });
    await http('POST', '/api/auth/local', {
      rawBody: `{"identifier":"manager","password":"${LEAKED_PASSWORD}"`,
      headers: { 'Content-Type': 'application/json' },
    });
    await http('POST', '/api/auth/local', {
      rawBody: `{"identifier":"manager","password":"${LEAKED_PASSWORD}"}}`,
      headers: { 'Content-Type': 'application/json' },
    });
    // The logger writes after the response is sent; give the child's stdout a moment to reach the file.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    log = fs.readFileSync(readTestServer().logFile, 'utf8');
  });

  it('[P1] recorded the probe requests (the scan below is not of an empty log)', () => {
    expect(log).toMatch(/GET \/api\/wasl\/beneficiaries \(\d+ ms\) 200/);
    expect(log).toMatch(/GET \/api\/wasl\/beneficiaries\/:id \(\d+ ms\) 4\d\d/);
    expect(log).toMatch(/POST \/api\/auth\/local \(\d+ ms\) 400/);
    expect(log).toContain('GET /api/wasl/no-such-route/+… (');
  });

  it("[P1] holds none of the demo beneficiaries' national IDs", () => {
    expect(ids.length).toBeGreaterThanOrEqual(200);
    expect(ids.filter((id) => log.includes(id))).toEqual([]);
  });

  it('[P1] holds no phone number: neither a stored one nor anything shaped +9665… or 05…', () => {
    expect(phones.length).toBeGreaterThanOrEqual(200);
    expect(phones.filter((phone) => log.includes(phone) || log.includes(phone.replace(/^\+966/, '0')))).toEqual([]);
    expect(log.match(/\+9665\d{8}/g)).toBeNull();
    expect(log.match(/(?<!\d)05\d{8}(?!\d)/g)).toBeNull();
  });

  it('[P1] holds no JWT', () => {
    expect(log.match(/eyJ[\w-]+\.[\w-]+\./g)).toBeNull();
  });

  it("[P1] holds no password: not the demo staff's, not the super admin's, not one sent in a body", () => {
    const { demoPassword, adminPassword } = readTestServer();
    expect(log.includes(demoPassword)).toBe(false);
    expect(log.includes(adminPassword)).toBe(false);
    expect(log.includes(LEAKED_PASSWORD)).toBe(false);
    // SQL column lists (DEBUG=knex:query on PostgreSQL) name the column; a JSON body would follow it with a value.
    expect(log).not.toMatch(/"password"\s*:\s*"/);
  });
});
