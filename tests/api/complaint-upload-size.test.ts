/**
 * CM1 hardening: an oversized public submission is refused by its declared length before the body is
 * read — 413 SUBMISSION_TOO_LARGE in Arabic and English while the client is still sending, no file in
 * the OS temp dir, no complaint — and a multipart body without a length is 411.
 */
import { randomUUID } from 'crypto';
import fs from 'fs/promises';
import http from 'http';
import os from 'os';
import path from 'path';
import { baseUrl, type ErrorBody } from '../helpers/api';
import { closeDb, countRows } from '../helpers/db';
import { randomIp } from '../helpers/complaints';

afterAll(closeDb);

const LIMIT = 3 * 5 * 1024 * 1024 + 64 * 1024; // WASL_ATTACHMENT_MAX_COUNT × _MAX_BYTES + form overhead (defaults)
type Answer = { status: number; body: ErrorBody; sentBytes: number };

/**
 * Sends the head of a multipart body and waits for the answer without sending the rest: only a server
 * that judges the declared length (not the bytes) can answer before the body is complete.
 */
const sendHead = (marker: string, headers: Record<string, string | number>): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const boundary = `wasl${randomUUID().replace(/-/g, '')}`;
    const head = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n% ${marker}\n`,
      ),
      Buffer.alloc(256 * 1024, 0x20),
    ]);
    const req = http.request(`${baseUrl()}/api/wasl/public/complaints`, {
      method: 'POST',
      headers: {
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'X-Forwarded-For': randomIp(),
        ...headers,
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error('no answer before the body was complete'));
    }, 4_000);
    req.on('error', () => undefined); // the server closes the connection after answering; the unsent rest is expected to fail
    req.on('response', (res) => {
      let text = '';
      res
        .setEncoding('utf8')
        .on('data', (chunk: string) => {
          text += chunk;
        })
        .on('end', () => {
          clearTimeout(timer);
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as ErrorBody, sentBytes: head.length });
        });
    });
    req.write(head);
  });

/** Files in the OS temp dir written since `since` whose first bytes carry the marker. */
const tempFilesWith = async (marker: string, since: number): Promise<string[]> => {
  const dir = os.tmpdir();
  const found: string[] = [];
  for (const name of await fs.readdir(dir)) {
    const file = path.join(dir, name);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile() || stat.mtimeMs < since) continue;
    const head = await fs
      .readFile(file)
      .then((b) => b.subarray(0, 4096).toString('latin1'))
      .catch(() => '');
    if (head.includes(marker)) found.push(file);
  }
  return found;
};

describe('public intake size bound', () => {
  it('[HRF-CM1] an oversized multipart submission answers 413 SUBMISSION_TOO_LARGE before its body is sent, leaving no temp file and no complaint', async () => {
    const marker = `oversize-${randomUUID()}`;
    const since = Date.now() - 1000;
    const before = await countRows('wasl_complaints');
    const answer = await sendHead(marker, { 'Content-Length': LIMIT + 4 * 1024 * 1024 });
    expect(answer.status).toBe(413);
    expect(answer.body.error.details.code).toBe('SUBMISSION_TOO_LARGE');
    expect(answer.body.error.details.messageAr).toMatch(/[\u0600-\u06FF]/);
    expect(answer.body.error.details.messageEn).toMatch(/larger than the limit/);
    expect(answer.sentBytes).toBeLessThan(LIMIT);
    expect(await tempFilesWith(marker, since)).toEqual([]);
    expect(await countRows('wasl_complaints')).toBe(before);
  });

  it('[HRF-CM1] a multipart submission without Content-Length (chunked) answers 411 CONTENT_LENGTH_REQUIRED', async () => {
    const marker = `chunked-${randomUUID()}`;
    const since = Date.now() - 1000;
    const answer = await sendHead(marker, { 'Transfer-Encoding': 'chunked' });
    expect(answer.status).toBe(411);
    expect(answer.body.error.details.code).toBe('CONTENT_LENGTH_REQUIRED');
    expect(answer.body.error.details.messageAr).toMatch(/[\u0600-\u06FF]/);
    expect(await tempFilesWith(marker, since)).toEqual([]);
  });
});
