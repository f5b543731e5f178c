/**
 * Issue 14: a profile with faults is refused whole, each fault named by its JSON path in Arabic and English,
 * and the database is left as it was, whether the fault is the file's (schema, references, dates) or shows
 * only while importing (a policy whose approval the publishing check refuses rolls the whole import back).
 * Run on the test server's demo database: nothing here may change it.
 */
import fs from 'fs';
import path from 'path';
import { parse, stringify } from 'yaml';
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { countRows } from '../helpers/db';
import { ROOT } from '../helpers/server-env';

type FieldError = { field: string; code: string; messageAr: string; messageEn: string };
type Body = ErrorBody & { error: { details: { errors: FieldError[] } } };

const yusr = () => parse(fs.readFileSync(path.join(ROOT, 'config', 'associations', 'yusr.yaml'), 'utf8'));

/** Everything an import could touch, as the database holds it now. */
const snapshot = async (admin: string) => ({
  exported: (await http<string>('GET', '/api/wasl/profile/export', { token: admin })).body,
  rows: await Promise.all(
    [
      'wasl_services',
      'wasl_committees',
      'wasl_surveys',
      'wasl_holidays',
      'wasl_policy_documents',
      'wasl_channels',
      'up_users',
    ].map(countRows),
  ),
});

describe('a malformed association profile', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await loginAs('association_admin');
  });

  it('[ALL-CH] [YSR-E1] [H7] is refused with the JSON path of each problem, and nothing changes', async () => {
    const bad = yusr();
    bad.channels.push('carrier_pigeon');
    bad.services[0].eligibility.unshift({ field: 'shoeSize', anyOf: ['42'] });
    bad.services[0].deadline = { amount: -3, unit: 'working_days' };
    bad.services[1].key = bad.services[0].key;
    bad.calendar.holidays[0].hijri = '1448-01-30';
    const text = stringify(bad);
    const before = await snapshot(admin);
    for (const route of ['/api/wasl/profile/preview', '/api/wasl/profile/import']) {
      const body = route.endsWith('import') ? { text, confirm: '0'.repeat(64) } : { text };
      const res = await http<Body>('POST', route, { token: admin, body });
      expect(res.status).toBe(400);
      expect(res.body.error.details.code).toBe('PROFILE_INVALID');
      const errors = res.body.error.details.errors;
      expect(errors.map((e) => e.field)).toEqual(['/services/0/deadline/amount']);
      expect(errors[0]).toMatchObject({ code: 'PROFILE_TOO_SMALL', messageEn: 'The value is below 1' });
    }
    // The schema's faults first; with the deadline fixed, the checks a schema cannot do name theirs.
    bad.services[0].deadline = { amount: 3, unit: 'working_days' };
    const res = await http<Body>('POST', '/api/wasl/profile/preview', { token: admin, body: { text: stringify(bad) } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e) => [e.field, e.code])).toEqual([
      ['/channels/8', 'PROFILE_UNKNOWN_CHANNEL'],
      ['/services/1/key', 'PROFILE_DUPLICATE_KEY'],
      ['/services/0/eligibility/0/field', 'PROFILE_UNKNOWN_RULE_FIELD'],
      ['/calendar/holidays/0/hijri', 'PROFILE_HIJRI_DATE_INVALID'],
    ]);
    expect(res.body.error.details.errors[3].messageAr).toBe('تاريخ هجري غير موجود في تقويم أم القرى: 1448-01-30');
    expect(await snapshot(admin)).toEqual(before);
  });

  it('[PD1] whose policy the publishing check refuses rolls back everything it had written', async () => {
    const bad = yusr();
    bad.services.push({ ...bad.services[0], key: 'never-imported' });
    // 23/11/1442 AH was 3 July 2021, two days before the approval's 5 July: the publish refuses the pair.
    bad.policies[0].approval.dateHijri = '1442-11-23';
    const text = stringify(bad);
    const before = await snapshot(admin);
    const preview = await http<{ hash: string; changes: { services: { created: string[] } } }>(
      'POST',
      '/api/wasl/profile/preview',
      { token: admin, body: { text } },
    );
    expect(preview.status).toBe(200);
    expect(preview.body.changes.services.created).toContain('never-imported');
    const res = await http<Body>('POST', '/api/wasl/profile/import', {
      token: admin,
      body: { text, confirm: preview.body.hash },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e) => e.code)).toContain('APPROVAL_HIJRI_MISMATCH');
    expect(await snapshot(admin)).toEqual(before);
  });

  it('[P1] an import whose preview is stale is 409, and only the association admin may import', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'config', 'associations', 'yusr.yaml'), 'utf8');
    const stale = await http<Body>('POST', '/api/wasl/profile/import', {
      token: admin,
      body: { text, confirm: 'a'.repeat(64) },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.code).toBe('PROFILE_CONFIRM_MISMATCH');
    for (const role of ['manager', 'reception_officer'] as const) {
      const token = await loginAs(role);
      expect((await http('POST', '/api/wasl/profile/preview', { token, body: { text } })).status).toBe(403);
      expect((await http('GET', '/api/wasl/profile/export', { token })).status).toBe(403);
    }
  });
});
