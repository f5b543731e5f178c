/**
 * H5 on a real Strapi: an attestation signed with the beneficiary's signature image counts only once
 * the image is attached; the image is checked by its bytes and decoded (sharp), stored once outside
 * public/, served only to the roles that read attestations, and the signing and each download are audited.
 */
import fs from 'fs';
import path from 'path';
import sharp from 'sharp';
import { baseUrl, http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, countRows, db } from '../helpers/db';
import { corruptPng } from '../helpers/files';
import { fileRequest, move, registerBeneficiary, serviceId } from '../helpers/journey';
import { ROOT } from '../helpers/server-env';

const PUBLIC_UPLOADS = path.join(ROOT, 'public', 'uploads');
const PRIVATE_FILES = path.join(ROOT, '.tmp', 'private-files');
const listing = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const download = async (pathname: string, token?: string) => {
  const res = await fetch(`${baseUrl()}${pathname}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
};

const PNG_1x1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('attestation signed with an image (H5)', () => {
  let reception: string;
  let beneficiary: string;
  let request: string;
  let attestation: string;

  const sign = (id: string, body: unknown, token = reception) =>
    http<ErrorBody & { signed?: boolean }>('POST', `/api/wasl/attestations/${id}/signature`, { token, body });
  const newAttestation = async (method: string) => {
    const res = await http<{ id: string }>('POST', '/api/wasl/attestations', {
      token: reception,
      body: { beneficiary, request, method, statementAr: 'أقر بصحة جميع البيانات والمستندات المقدمة' },
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };

  beforeAll(async () => {
    reception = await loginAs('reception_officer');
    beneficiary = (await registerBeneficiary()).id;
    request = (await fileRequest(beneficiary, await serviceId('family-counselling'))).id;
    attestation = await newAttestation('signature_image');
  });
  afterAll(closeDb);

  it('[ESR-H5] an unsigned signature attestation does not complete the request', async () => {
    const res = await move(reception, request, 'complete');
    expect(res.status).toBe(409);
    const details = (res.body as unknown as ErrorBody).error.details as ErrorBody['error']['details'] & {
      blockers?: { code: string }[];
    };
    expect(details.blockers?.map((b) => b.code)).toEqual(['ATTESTATION_MISSING']);
  });

  it('[ESR-H5] a file that is not a PNG or JPEG is refused by its bytes (415) and nothing is stored', async () => {
    const files = await countRows('files');
    const fake = `data:image/png;base64,${Buffer.from('%PDF-1.7 not an image').toString('base64')}`;
    const res = await sign(attestation, { image: fake });
    expect([res.status, res.body.error.details.code]).toEqual([415, 'FILE_NOT_ACCEPTED']);
    expect(res.body.error.details.errors.map((e) => [e.field, e.code])).toEqual([['image', 'SIGNATURE_IMAGE_INVALID']]);
    expect(await countRows('files')).toBe(files);
  });

  it('[P1] a PNG with a valid signature and a corrupt body is refused 415 naming the image, nothing stored', async () => {
    const [files, privateBefore] = [await countRows('files'), listing(PRIVATE_FILES)];
    const res = await sign(attestation, { image: `data:image/png;base64,${(await corruptPng()).toString('base64')}` });
    expect([res.status, res.body.error.details.code]).toEqual([415, 'FILE_NOT_ACCEPTED']);
    expect(res.body.error.details.errors.map((e) => [e.field, e.code, e.messageEn])).toEqual([
      ['image', 'FILE_NOT_DECODABLE', 'The file could not be read as a valid PDF, JPEG or PNG'],
    ]);
    expect([await countRows('files'), listing(PRIVATE_FILES)]).toEqual([files, privateBefore]);
  });

  it('[P1] only the front desk records a signature', async () => {
    expect((await sign(attestation, { image: PNG_1x1 }, await loginAs('committee_member'))).status).toBe(403);
  });

  it('[ESR-H5] the signature image is stored once, audited, and then the request completes', async () => {
    const publicBefore = listing(PUBLIC_UPLOADS);
    const res = await sign(attestation, { image: PNG_1x1 });
    expect(listing(PUBLIC_UPLOADS)).toEqual(publicBefore);
    expect(res.status).toBe(200);
    expect(res.body.signed).toBe(true);
    const again = await sign(attestation, { image: PNG_1x1 });
    expect([again.status, again.body.error.details.code]).toEqual([409, 'ALREADY_SIGNED']);
    const record = await http<{ signature: Record<string, unknown> }>('GET', `/api/wasl/attestations/${attestation}`, {
      token: reception,
    });
    expect(record.body.signature).toMatchObject({
      mime: 'image/png',
      name: `signature-${attestation}.png`,
      downloadPath: `/api/wasl/attestations/${attestation}/signature`,
    });
    expect(record.body.signature).not.toHaveProperty('url');
    const audit = await db()('wasl_audit_logs')
      .where({ resource: 'attestations', record_id: attestation, action: 'sign' })
      .count({ n: '*' });
    expect(Number(audit[0].n)).toBe(1);
    expect((await move(reception, request, 'complete')).status).toBe(200);
  });

  it('[ESR-H5] a witnessed attestation takes no signature image; the record route cannot set one', async () => {
    const witnessed = await newAttestation('witnessed_checkbox');
    expect((await sign(witnessed, { image: PNG_1x1 })).body.error.details.code).toBe('SIGNATURE_NOT_EXPECTED');
    const direct = await http<ErrorBody>('POST', '/api/wasl/attestations', {
      token: reception,
      body: { beneficiary, request, method: 'signature_image', statementAr: 'أقر', signature: 1 },
    });
    expect([direct.status, direct.body.error.details.code]).toEqual([403, 'FORBIDDEN_FIELD']);
  });

  it('answers 400 for a missing image or unknown fields', async () => {
    const res = await sign(attestation, { picture: PNG_1x1 });
    expect(res.body.error.details.errors.map((e) => [e.field, e.code])).toEqual([['picture', 'UNKNOWN_FIELD']]);
    expect((await sign(attestation, {})).body.error.details.errors.map((e) => e.code)).toEqual(['FIELD_REQUIRED']);
  });

  it('[P1] the signature image is served to the roles that read attestations, as a re-encoded PNG download, audited', async () => {
    const res = await download(`/api/wasl/attestations/${attestation}/signature`, await loginAs('social_researcher'));
    expect(res.status).toBe(200);
    expect([res.headers.get('content-type'), res.headers.get('content-disposition')]).toEqual([
      'image/png',
      `attachment; filename="signature-${attestation}.png"`,
    ]);
    expect([res.headers.get('x-content-type-options'), res.headers.get('cache-control')]).toEqual([
      'nosniff',
      'private, no-store',
    ]);
    const meta = await sharp(res.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1, 1]);
    const audit = await db()('wasl_audit_logs')
      .where({ resource: 'attestations', record_id: attestation, action: 'download' })
      .select('actor_role');
    expect(audit.map((row) => row.actor_role)).toEqual(['social_researcher']);
  });

  it('[P1] the signature image answers 401 without a token and 403 to roles that may not read attestations', async () => {
    const route = `/api/wasl/attestations/${attestation}/signature`;
    const anonymous = await download(route);
    expect(anonymous.status).toBe(401);
    expect(anonymous.bytes.includes('PNG')).toBe(false);
    for (const role of ['follow_up_committee', 'contact_officer', 'association_admin'] as const) {
      expect([role, (await download(route, await loginAs(role))).status]).toEqual([role, 403]);
    }
    expect((await download('/api/wasl/attestations/nope/signature', reception)).status).toBe(404);
  });
});
