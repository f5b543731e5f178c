/** Files and follows complaints through the public endpoints and the staff routes, as the website and the console do. */
import { randomInt, randomUUID } from 'crypto';
import { baseUrl, http, loginAs, type Reply } from './api';

export type PublicReceipt = {
  trackingNumber: string;
  trackingToken: string;
  kind: string;
  status: string;
  receivedAt: string;
  dueAt: string | null;
};

/** A client address of its own, so tests do not share a rate-limit bucket (the harness trusts X-Forwarded-For). */
export const randomIp = (): string => `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;

export const phoneFor = (seed = randomInt(0, 99_999_999)): string => `05${String(seed).padStart(8, '0')}`;

export const publicBody = (patch: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: 'complaint',
  category: 'delay',
  subject: 'تأخر الرد على طلبي',
  description: 'قدمت طلب الاستشارة الأسرية منذ أسبوعين ولم يتواصل معي أحد حتى الآن.',
  complainantName: 'نورة علي',
  complainantPhone: phoneFor(),
  ...patch,
});

export const submitPublic = <T = PublicReceipt>(
  body: unknown,
  options: { ip?: string; key?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> =>
  http<T>('POST', '/api/wasl/public/complaints', {
    body,
    headers: {
      'X-Forwarded-For': options.ip ?? randomIp(),
      ...(options.key ? { 'Idempotency-Key': options.key } : {}),
      ...options.headers,
    },
  });

export const newKey = (): string => randomUUID();

export const track = <T = Record<string, unknown>>(
  number: string,
  factor: { token?: string; last4?: string },
  ip = randomIp(),
): Promise<Reply<T>> =>
  http<T>('GET', `/api/wasl/public/complaints/${encodeURIComponent(number)}`, {
    headers: {
      'X-Forwarded-For': ip,
      ...(factor.token ? { 'X-Tracking-Token': factor.token } : {}),
      ...(factor.last4 ? { 'X-Phone-Last4': factor.last4 } : {}),
    },
  });

/** A multipart submission: `data` holds the JSON fields, `attachments` the files. */
export const submitMultipart = async (
  body: unknown,
  files: { name: string; type: string; bytes: Uint8Array }[],
  ip = randomIp(),
  headers: Record<string, string> = {},
) => {
  const form = new FormData();
  form.set('data', JSON.stringify(body));
  for (const f of files) form.append('attachments', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
  const res = await fetch(`${baseUrl()}/api/wasl/public/complaints`, {
    method: 'POST',
    body: form,
    headers: { 'X-Forwarded-For': ip, ...headers },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

/** Staff intake from a channel (ALL-CH), as the reception officer records it. */
export const staffIntake = async (
  patch: Record<string, unknown> = {},
  role: Parameters<typeof loginAs>[0] = 'reception_officer',
) =>
  http<Record<string, unknown> & { id: string; trackingNumber: string; status: string; version: number }>(
    'POST',
    '/api/wasl/complaints',
    {
      token: await loginAs(role),
      body: { channel: 'phone', ...publicBody(patch), ...patch },
    },
  );

/** One named step on a complaint (assign, act, escalate, resolve, close, reopen). */
export const step = async (
  role: Parameters<typeof loginAs>[0],
  id: string,
  name: string,
  body: Record<string, unknown>,
) => http<Record<string, unknown>>('POST', `/api/wasl/complaints/${id}/${name}`, { token: await loginAs(role), body });
