/**
 * Issue 14: each association's own policy, running without code. Each of the five profiles
 * (config/associations/*.yaml) is imported into an emptied database of a second Strapi through the
 * console's routes (preview, then import with the preview's hash), then that association's journey runs
 * over HTTP: its channels are offered and another is refused, a request gets its deadline (written by hand,
 * completed on Thursday 4 March 2027 at 10:00 Riyadh, before the Eid al-Fitr 1448 holiday of 8–11 March),
 * its committee decides by its quorum, its policy is published with the approval the text states.
 * Importing again changes nothing; the export reads back as the file.
 */
import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';
import { generateSaudiId } from '../../cms/domain/saudi-id';
import type { AssociationProfile } from '../../cms/domain/profile-types';
import { readProfile } from '../../cms/validation/profile-file';
import { startProfileServer, type ProfileServer } from '../helpers/profile-server';
import { ROOT } from '../helpers/server-env';

type Preview = {
  key: string;
  changed: boolean;
  hash: string;
  changes: Record<string, { created: string[]; updated: string[] }>;
};
type Journey = { sla: { dueAt: string | null } };

export const profileText = (key: string) =>
  fs.readFileSync(path.join(ROOT, 'config', 'associations', `${key}.yaml`), 'utf8');
const canonical = (text: string): AssociationProfile => {
  const read = readProfile(text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.profile;
};

/** [profile, clause, service, offered channel, refused channel, due (UTC), policy meeting number or null for a draft]. */
const CASES: [string, string, string, string, string, string, string | null][] = [
  ['esrar', 'ESR-H7', 'service-request', 'fax', 'social_media', '2027-03-31T13:00:00.000Z', '10'],
  ['green-energy', 'GRN-H7', 'beneficiary-support', 'branch_representative', 'fax', '2027-03-18T13:00:00.000Z', '2'],
  ['yusr', 'YSR-H7', 'family-counselling', 'help_request', 'email', '2027-03-24T13:00:00.000Z', '5'],
  ['hirfa', 'HRF-H7', 'support-request', 'fax', 'help_request', '2027-04-04T13:00:00.000Z', null],
  ['suqya', 'H7', 'beneficiary-support', 'volunteer_service', 'email', '2027-03-24T13:00:00.000Z', '1'],
];

let server: ProfileServer;
let seq = 0;

beforeAll(async () => {
  server = await startProfileServer();
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

const importProfile = async (admin: string, text: string) => {
  const preview = await server.call<Preview>('POST', '/api/wasl/profile/preview', admin, { text });
  expect(preview.status).toBe(200);
  const applied = await server.call<Preview & { blockedAccounts: string[] }>(
    'POST',
    '/api/wasl/profile/import',
    admin,
    {
      text,
      confirm: preview.body.hash,
    },
  );
  expect(applied.status).toBe(200);
  return { preview: preview.body, applied: applied.body };
};

const fileAndComplete = async (reception: string, service: string, channel: string) => {
  seq += 1;
  const beneficiary = await server.call<{ id: string }>('POST', '/api/wasl/beneficiaries', reception, {
    nationalId: generateSaudiId('citizen', 7_000_000 + seq),
    fullNameAr: 'نورة سعد عبدالله القحطاني',
    nationality: 'SA',
    legalResidency: true,
    gender: 'female',
    socialStatus: 'married',
    category: 'family',
    preferredChannel: 'phone',
    phone: `05${String(70_000_000 + seq).padStart(8, '0')}`,
    consentGiven: true,
  });
  expect(beneficiary.status).toBe(201);
  const serviceRow = await server.call<{ id: string }[]>(
    'GET',
    `/api/wasl/services?filter=${encodeURIComponent(JSON.stringify({ key: service }))}`,
    reception,
  );
  const body = {
    beneficiary: beneficiary.body.id,
    service: serviceRow.body[0].id,
    channel,
    documentsProvided: ['national_id_copy'],
    registeredOnline: true,
  };
  const request = await server.call<{ id: string }>('POST', '/api/wasl/service-requests', reception, body);
  expect(request.status).toBe(201);
  const attested = await server.call('POST', '/api/wasl/attestations', reception, {
    beneficiary: beneficiary.body.id,
    request: request.body.id,
    method: 'witnessed_checkbox',
    statementAr: 'أقر بصحة البيانات المقدمة وأنني مسؤول عنها مسؤولية مباشرة',
  });
  expect(attested.status).toBe(201);
  fs.writeFileSync(server.clockFile, '2027-03-04T07:00:00.000Z');
  const moved = await server.call('POST', `/api/wasl/service-requests/${request.body.id}/transitions`, reception, {
    to: 'complete',
  });
  fs.rmSync(server.clockFile, { force: true });
  expect(moved.status).toBe(200);
  return { request: request.body.id, beneficiary: beneficiary.body.id, body };
};

describe.each(CASES)('the %s profile', (key, clause, service, offered, refused, due, meeting) => {
  const text = profileText(key);
  const profile = canonical(text);
  let admin: string;
  let reception: string;
  let request: string;

  beforeAll(async () => {
    await server.clearWasl();
    admin = await server.login('association-admin');
    reception = await server.login('reception-officer');
  });

  it(`[ALL-CH] imports into an empty database, reports what it created, then nothing on a second import`, async () => {
    const { preview, applied } = await importProfile(admin, text);
    expect(preview.changed).toBe(true);
    expect(preview.changes.services.created).toEqual(profile.services.map((s) => s.key));
    expect(applied.changed).toBe(true);
    const again = await importProfile(admin, text);
    expect(again.preview.changed).toBe(false);
    expect(again.applied.changed).toBe(false);
  });

  it(`[ALL-CH] offers exactly its channels and refuses ${refused}`, async () => {
    const channels = await server.call<{ key: string }[]>(
      'GET',
      `/api/wasl/channels?filter=${encodeURIComponent('{"enabled":true}')}&sort=${encodeURIComponent('["sortOrder","ASC"]')}`,
      reception,
    );
    expect(channels.body.map((c) => c.key)).toEqual(profile.channels);
    const filed = await fileAndComplete(reception, service, offered);
    request = filed.request;
    const refusedReply = await server.call<{ error: { details: { code: string } } }>(
      'POST',
      '/api/wasl/service-requests',
      reception,
      { ...filed.body, channel: refused },
    );
    expect(refusedReply.status).toBe(422);
    expect(refusedReply.body.error.details.code).toBe('CHANNEL_NOT_ENABLED');
  });

  it(`[${clause}] a request completed on Thursday 4 March 2027 is due ${due}`, async () => {
    const journey = await server.call<Journey>('GET', `/api/wasl/service-requests/${request}/journey`, reception);
    expect(journey.body.sla.dueAt).toBe(due);
  });

  it('[H6] its committee decides by its quorum, with the members the profile names', async () => {
    const committeeKey = profile.services.find((s) => s.key === service)?.committee as string;
    const committee = profile.committees.find(
      (c) => c.key === committeeKey,
    ) as AssociationProfile['committees'][number];
    const researcher = await server.login('social-researcher');
    expect(
      (await server.call('POST', `/api/wasl/service-requests/${request}/transitions`, reception, { to: 'in_research' }))
        .status,
    ).toBe(200);
    expect(
      (
        await server.call('PUT', `/api/wasl/service-requests/${request}`, researcher, {
          researchReport: 'الحالة مستحقة بعد الدراسة',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await server.call('POST', `/api/wasl/service-requests/${request}/transitions`, researcher, {
          to: 'in_committee',
        })
      ).status,
    ).toBe(200);
    const voters = committee.members.slice(0, committee.quorum);
    for (const [i, member] of voters.entries()) {
      const demo = (await server.db('up_users').where({ username: member.username }).first()) as { blocked: boolean };
      const token = demo.blocked ? await server.activate(member.username, admin) : await server.login(member.username);
      const vote = await server.call<{ status: string; votes: { approve: number; quorum: number } }>(
        'POST',
        `/api/wasl/service-requests/${request}/votes`,
        token,
        { choice: 'approve', reason: 'مستوفية للشروط' },
      );
      expect(vote.status).toBe(201);
      expect(vote.body.status).toBe(i + 1 < committee.quorum ? 'in_committee' : 'approved');
      expect(vote.body.votes).toMatchObject({ approve: i + 1, quorum: committee.quorum });
    }
  });

  it('[PD1] its policy is published with the approval its text states (or stays a draft without one)', async () => {
    const policy = profile.policies.find((p) => p.kind === 'policy') as AssociationProfile['policies'][number];
    const versions = await server.db('wasl_policy_versions').where({ policy_key: policy.key });
    if (meeting === null) {
      expect(versions).toEqual([]);
      return;
    }
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      board_meeting_number: meeting,
      approval_date_hijri: policy.approval?.dateHijri,
      chair_name: policy.approval?.chair,
      version_number: 1,
    });
  });

  it('[PD5] exports a file that reads back as the profile it imported (round trip)', async () => {
    const exported = await server.call('GET', '/api/wasl/profile/export', admin);
    expect(exported.status).toBe(200);
    expect(parse(exported.text)).toEqual(profile);
    expect(canonical(exported.text)).toEqual(profile);
  });
});
