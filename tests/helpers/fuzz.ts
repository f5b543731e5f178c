/**
 * Malformed requests for the public complaint endpoints (CM1 hardening), generated from a seeded
 * pseudo-random source so a failure can be replayed. Every case is invalid by construction: at least
 * one mutation that no valid body survives.
 */
import { publicBody } from './complaints';

export type FuzzCase = {
  label: string;
  contentType: string | null;
  body: Buffer | string;
  headers?: Record<string, string>;
};

/** mulberry32: a tiny deterministic PRNG. */
export const prng = (seed: number) => () => {
  let t = (seed += 0x6d2b79f5);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const PAYLOADS = [
  "' OR '1'='1",
  '1; DROP TABLE wasl_complaints; --',
  '" UNION SELECT password FROM up_users --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  '../../../../etc/passwd',
  '${7*7}',
  '\u202Egnp.exe',
  '__proto__',
  'null',
  'NaN',
  '-1',
  '1e309',
  '',
];
const WRONG_TYPES: unknown[] = [
  42,
  -1.5,
  true,
  false,
  null,
  [],
  ['complaint'],
  {},
  { $ne: null },
  { __proto__: { admin: true } },
  Number.POSITIVE_INFINITY,
];
const FIELDS = [
  'kind',
  'category',
  'subject',
  'description',
  'complainantName',
  'complainantPhone',
  'complainantEmail',
  'anonymous',
  'beneficiaryCategory',
];

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

const nested = (depth: number): unknown => (depth === 0 ? 'x' : { a: [nested(depth - 1)] });

/** Mutations that make any body invalid. */
const breakers: ((rng: Rng, body: Record<string, unknown>) => string)[] = [
  (rng, b) => {
    const f = pick(rng, FIELDS);
    // A boolean is the right type for `anonymous`.
    b[f] = pick(rng, f === 'anonymous' ? WRONG_TYPES.filter((v) => typeof v !== 'boolean') : WRONG_TYPES);
    return `wrong type in ${f}`;
  },
  (rng, b) => {
    const key = pick(rng, [
      'status',
      'trackingNumber',
      'idempotencyKey',
      'id',
      'version',
      'assignedTo',
      pick(rng, PAYLOADS) || 'x',
    ]);
    // defineProperty: a plain assignment to "__proto__" would set the prototype, not a key the JSON carries.
    Object.defineProperty(b, key, { value: pick(rng, PAYLOADS), enumerable: true, configurable: true, writable: true });
    return `unknown key ${key}`;
  },
  (rng, b) => {
    b.subject = 'ش'.repeat(201 + Math.floor(rng() * 50_000));
    return 'huge subject';
  },
  (rng, b) => {
    b.description = 'x'.repeat(5001 + Math.floor(rng() * 300_000));
    return 'huge description';
  },
  (rng, b) => {
    b.junk = nested(1 + Math.floor(rng() * 200));
    return 'nested junk';
  },
  (rng, b) => {
    b[pick(rng, ['kind', 'category', 'beneficiaryCategory'])] = pick(rng, PAYLOADS);
    return 'payload in enum';
  },
  (rng, b) => {
    b.complainantPhone = pick(rng, PAYLOADS) + String(Math.floor(rng() * 1e6));
    return 'payload in phone';
  },
  (rng, b) => {
    b.complainantEmail = `${pick(rng, PAYLOADS)}@`;
    return 'payload in email';
  },
  (rng, b) => {
    delete b[pick(rng, ['kind', 'subject', 'description'])];
    return 'missing required';
  },
  (rng, b) => {
    b.subject = `${pick(rng, ['a', 'شكوى'])}\u0000${pick(rng, PAYLOADS)}`;
    return 'control character';
  },
];

/** Harmless-looking decorations: injection strings in free text (valid alone, so never the only change). */
const decorate = (rng: Rng, b: Record<string, unknown>) => {
  if (rng() < 0.5 && typeof b.description === 'string') b.description = `${b.description} ${pick(rng, PAYLOADS)}`;
};

const jsonCase = (rng: Rng, i: number): FuzzCase => {
  const body = publicBody({ complainantPhone: `05${String(20_000_000 + i).padStart(8, '0')}` });
  const labels = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(rng, breakers)(rng, body));
  decorate(rng, body);
  return { label: labels.join(' + '), contentType: 'application/json', body: JSON.stringify(body) };
};

/** Bytes that are not UTF-8, inside a string value or outside any string. */
const badUtf8Case = (rng: Rng): FuzzCase => {
  const bad = Buffer.from([pick(rng, [0xff, 0xfe, 0xc0, 0xc1, 0xf5]), 0x80 + Math.floor(rng() * 0x3f), 0xbf]);
  const [head, tail] = JSON.stringify(publicBody()).split('تأخر');
  const body =
    rng() < 0.5
      ? Buffer.concat([Buffer.from(head), bad, Buffer.from(`تأخر${tail}`)])
      : Buffer.concat([Buffer.from('{"kind":'), bad, Buffer.from('}')]);
  return { label: 'invalid UTF-8', contentType: 'application/json', body };
};

const syntaxCase = (rng: Rng): FuzzCase => {
  const text = JSON.stringify(publicBody());
  const broken = pick(rng, [
    text.slice(0, Math.floor(rng() * text.length)),
    `${text},`,
    text.replace(':', ''),
    `[${text}]`,
    '"just a string"',
    '12345',
    'null',
    '',
    '{"kind": "complaint",,}',
    `{${'"a":1,'.repeat(5000)}}`,
  ]);
  return { label: 'bad JSON syntax', contentType: 'application/json', body: broken };
};

const contentTypeCase = (rng: Rng): FuzzCase => {
  const body = JSON.stringify(publicBody());
  return pick(rng, [
    { label: 'text/plain', contentType: 'text/plain', body },
    { label: 'xml', contentType: 'application/xml', body: `<complaint><kind>complaint</kind></complaint>` },
    {
      label: 'form-urlencoded',
      contentType: 'application/x-www-form-urlencoded',
      body: 'kind=complaint&subject=abc&description=abcdefghijkl',
    },
    { label: 'no content type', contentType: null, body },
    { label: 'multipart without boundary', contentType: 'multipart/form-data', body: 'garbage' },
    {
      label: 'multipart junk',
      contentType: 'multipart/form-data; boundary=XYZ',
      body: `--XYZ\r\nContent-Disposition: form-data; name="data"\r\n\r\n{not json}\r\n--XYZ--\r\n`,
    },
    {
      label: 'multipart unknown field',
      contentType: 'multipart/form-data; boundary=XYZ',
      body: `--XYZ\r\nContent-Disposition: form-data; name="status"\r\n\r\nclosed\r\n--XYZ--\r\n`,
    },
    { label: 'octet-stream', contentType: 'application/octet-stream', body: Buffer.from([0, 1, 2, 3, 255]) },
  ]);
};

const headerCase = (rng: Rng, i: number): FuzzCase => {
  const body = JSON.stringify(publicBody({ kind: pick(rng, ['praise', 'COMPLAINT', ' complaint']) }));
  return {
    label: 'bad idempotency key',
    contentType: 'application/json',
    body,
    headers: { 'Idempotency-Key': pick(rng, ['x', "'; DROP TABLE x;--", 'a'.repeat(65), `k${i} with spaces`]) },
  };
};

/** `count` malformed submissions, a deterministic mix of every family above. */
export const fuzzCases = (count: number, seed = 1448): FuzzCase[] => {
  const rng = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const r = rng();
    if (r < 0.55) return jsonCase(rng, i);
    if (r < 0.67) return badUtf8Case(rng);
    if (r < 0.79) return syntaxCase(rng);
    if (r < 0.92) return contentTypeCase(rng);
    return headerCase(rng, i);
  });
};

/** Malformed tracking lookups: junk numbers and factors. */
export const trackingCases = (count: number, seed = 7): { path: string; headers: Record<string, string> }[] => {
  const rng = prng(seed);
  return Array.from({ length: count }, () => ({
    path: encodeURIComponent(
      pick(rng, [...PAYLOADS.filter(Boolean), 'CMP-1448-000001', 'CMP-9999-000001', 'cmp-1448-1', 'X'.repeat(500)]),
    ),
    headers: pick<Record<string, string>>(rng, [
      { 'X-Tracking-Token': encodeURIComponent(pick(rng, PAYLOADS) || 'x') },
      { 'X-Phone-Last4': pick(rng, ['abcd', '12345', "1' OR '1", '%D9%A0']) },
      {},
    ]),
  }));
};
