/**
 * P1, CM1 on a real Strapi: complaint attachments are checked by a real parser (pdf-lib, sharp), kept
 * outside public/ under random names, and reach only the staff who may read the complaint, as downloads,
 * each audited. Files built in the test (tests/helpers/files.ts).
 */
import fs from 'fs';
import path from 'path';
import sharp from 'sharp';
import { baseUrl, http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, countRows, db } from '../helpers/db';
import { publicBody, submitMultipart } from '../helpers/complaints';
import { corruptPng, jpegWithExif, pdfWithTrailingHtml, polyglotPdf, realPdf } from '../helpers/files';
import { ROOT } from '../helpers/server-env';

const PUBLIC_UPLOADS = path.join(ROOT, 'public', 'uploads');
const PRIVATE_FILES = path.join(ROOT, '.tmp', 'private-files');
const listing = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const TABLES = ['wasl_complaints', 'wasl_attachments', 'files'];
const counts = () => Promise.all([...TABLES.map(countRows), Promise.resolve(listing(PRIVATE_FILES).length)]);

type Listed = { id: string; name: string; mime: string; bytes: number; kind: string; downloadPath: string };

/** GET as the console does, keeping the raw bytes. */
const download = async (pathname: string, token?: string) => {
  const res = await fetch(`${baseUrl()}${pathname}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
};

const complaintIdOf = async (trackingNumber: unknown): Promise<string> =>
  (await db()('wasl_complaints').where({ tracking_number: trackingNumber }).first()).document_id as string;

afterAll(closeDb);

describe('complaint attachments: real validation (P1, CM1)', () => {
  it.each([
    ['a %PDF- header over an HTML page with a script (polyglot)', polyglotPdf, 'FILE_HAS_MARKUP'],
    ['a real PDF with a script appended', pdfWithTrailingHtml, 'FILE_HAS_MARKUP'],
  ])('[P1] refuses %s with 415 naming the file, writing nothing', async (_name, build, code) => {
    const before = await counts();
    const publicBefore = listing(PUBLIC_UPLOADS);
    const res = await submitMultipart(publicBody(), [
      { name: 'report.pdf', type: 'application/pdf', bytes: await build() },
    ]);
    expect(res.status).toBe(415);
    const error = (res.body as unknown as ErrorBody).error;
    expect(error.details.code).toBe('FILE_NOT_ACCEPTED');
    expect(error.details.errors.map((e) => [e.field, e.code, e.messageEn])).toEqual([
      ['attachments.0', code, 'The file contains web-page code (HTML) and is not accepted'],
    ]);
    expect(error.details.errors[0].messageAr).toBe('الملف يحتوي على شيفرة صفحات ويب (HTML) ولا يقبل');
    expect(await counts()).toEqual(before);
    expect(listing(PUBLIC_UPLOADS)).toEqual(publicBefore);
  });

  it("[P1] refuses a PNG with a valid signature and a corrupt body (415), keeping none of the submission's good files", async () => {
    const before = await counts();
    const res = await submitMultipart(publicBody(), [
      { name: 'letter.pdf', type: 'application/pdf', bytes: await realPdf() },
      { name: 'photo.png', type: 'image/png', bytes: await corruptPng() },
    ]);
    expect(res.status).toBe(415);
    const details = (res.body as unknown as ErrorBody).error.details;
    // One refusal, for the PNG. The multipart parser lists files in the order they finish writing to disk, so the
    // index it names is the PNG's position in that list (0 or 1), not always its place in the form.
    expect(details.errors).toHaveLength(1);
    expect(details.errors[0].code).toBe('FILE_NOT_DECODABLE');
    expect(['attachments.0', 'attachments.1']).toContain(details.errors[0].field);
    expect(details.errors[0].messageAr).toBe('تعذرت قراءة الملف: ليس ملف PDF أو صورة JPEG أو PNG سليمة');
    expect(await counts()).toEqual(before);
  });
});

describe('complaint attachments: private storage and authorised download (P1, CM1)', () => {
  let complaint: string;
  let listed: Listed[];
  let pdf: Buffer;
  let publicBefore: string[];
  let privateBefore: string[];
  let followUp: string;

  beforeAll(async () => {
    followUp = await loginAs('follow_up_committee');
    publicBefore = listing(PUBLIC_UPLOADS);
    privateBefore = listing(PRIVATE_FILES);
    pdf = await realPdf(2);
    const res = await submitMultipart(publicBody(), [
      { name: 'تقرير طبي.pdf', type: 'application/pdf', bytes: pdf },
      { name: 'C:\\Users\\noura\\camera photo.jpg', type: 'image/jpeg', bytes: await jpegWithExif(640, 480) },
    ]);
    expect(res.status).toBe(201);
    complaint = await complaintIdOf(res.body.trackingNumber);
    const list = await http<Listed[]>('GET', `/api/wasl/complaints/${complaint}/attachments`, { token: followUp });
    expect(list.status).toBe(200);
    // The multipart parser keeps files in the order they finish writing, not the form's: the PDF first here.
    listed = [...list.body].sort((a, b) => Number(b.mime === 'application/pdf') - Number(a.mime === 'application/pdf'));
  });

  it("[P1] keeps the bytes outside public/ under random names, none of them the sender's file name", async () => {
    expect(listing(PUBLIC_UPLOADS)).toEqual(publicBefore);
    const added = listing(PRIVATE_FILES).filter((name) => !privateBefore.includes(name));
    expect(added).toHaveLength(2);
    for (const name of added) expect(name).toMatch(/^[0-9a-f]{32}$/);
    const rows = (await db()('files').whereIn('hash', added).select('provider', 'url', 'name')).sort(
      (a: { name: string }, b: { name: string }) => Number(b.name.endsWith('.pdf')) - Number(a.name.endsWith('.pdf')),
    );
    expect(rows).toEqual([
      { provider: 'wasl-private', url: '', name: 'تقرير طبي.pdf' },
      { provider: 'wasl-private', url: '', name: 'camera photo.jpg' },
    ]);
  });

  it("[CM1] lists the complaint's files with their download routes and no file URL", () => {
    expect(listed.map((a) => [a.name, a.mime, a.kind])).toEqual([
      ['تقرير طبي.pdf', 'application/pdf', 'other'],
      ['camera photo.jpg', 'image/jpeg', 'other'],
    ]);
    for (const a of listed) expect(a.downloadPath).toBe(`/api/wasl/complaints/${complaint}/attachments/${a.id}`);
    expect(JSON.stringify(listed)).not.toContain('/uploads');
  });

  it('[P1] the follow-up committee downloads the PDF as received, as an attachment, not cached or sniffed', async () => {
    const res = await download(listed[0].downloadPath, followUp);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="attachment.pdf"; filename*=UTF-8\'\'%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%20%D8%B7%D8%A8%D9%8A.pdf',
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.bytes.equals(pdf)).toBe(true);
  });

  it('[P1] the photo is served as re-encoded: same size, no EXIF (where a phone writes GPS)', async () => {
    const res = await download(listed[1].downloadPath, followUp);
    expect([res.status, res.headers.get('content-type'), res.headers.get('content-disposition')]).toEqual([
      200,
      'image/jpeg',
      'attachment; filename="camera photo.jpg"',
    ]);
    const meta = await sharp(res.bytes).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['jpeg', 640, 480, undefined]);
    expect(res.bytes.includes('0551234567')).toBe(false);
  });

  it('[P1] each download is audited with ids only', async () => {
    const rows = await db()('wasl_audit_logs')
      .where({ action: 'download', resource: 'complaints', record_id: complaint })
      .select('summary', 'actor_role');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.actor_role).toBe('follow_up_committee');
      expect(JSON.stringify(row.summary)).not.toMatch(/تقرير|camera|noura/);
    }
  });

  it('[P1] answers 401 without a token, 403 to roles that may not read complaints, 404 across complaints', async () => {
    const anonymous = await download(listed[0].downloadPath);
    expect(anonymous.status).toBe(401);
    expect(anonymous.bytes.includes('%PDF')).toBe(false);
    for (const role of ['committee_member', 'social_researcher', 'association_admin'] as const) {
      const token = await loginAs(role);
      expect([role, (await download(listed[0].downloadPath, token)).status]).toEqual([role, 403]);
      expect([role, (await http('GET', `/api/wasl/complaints/${complaint}/attachments`, { token })).status]).toEqual([
        role,
        403,
      ]);
    }
    const other = await submitMultipart(publicBody(), []);
    const elsewhere = await download(
      `/api/wasl/complaints/${await complaintIdOf(other.body.trackingNumber)}/attachments/${listed[0].id}`,
      followUp,
    );
    expect(elsewhere.status).toBe(404);
    expect((await download(`/api/wasl/complaints/nope/attachments/${listed[0].id}`, followUp)).status).toBe(404);
  });

  it('[P1] a file an earlier version left under public/uploads is moved out on its first download and still served', async () => {
    const row = await db()('files')
      .where({ name: 'تقرير طبي.pdf', provider: 'wasl-private' })
      .orderBy('id', 'desc')
      .first();
    const legacy = `report_${Date.now().toString(16)}`;
    fs.mkdirSync(PUBLIC_UPLOADS, { recursive: true });
    fs.renameSync(path.join(PRIVATE_FILES, row.hash as string), path.join(PUBLIC_UPLOADS, `${legacy}.pdf`));
    await db()('files')
      .where({ id: row.id })
      .update({ provider: 'local', hash: legacy, url: `/uploads/${legacy}.pdf` });
    const res = await download(listed[0].downloadPath, followUp);
    expect(res.status).toBe(200);
    expect(res.bytes.equals(pdf)).toBe(true);
    expect(fs.existsSync(path.join(PUBLIC_UPLOADS, `${legacy}.pdf`))).toBe(false);
    expect((await download(`/uploads/${legacy}.pdf`)).status).toBe(404);
    const moved = await db()('files').where({ id: row.id }).first();
    expect([moved.provider, moved.url, /^[0-9a-f]{32}$/.test(moved.hash)]).toEqual(['wasl-private', '', true]);
  });
});
