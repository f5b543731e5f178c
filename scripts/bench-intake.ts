/**
 * `npm run bench`: accepted complaints per second and p95 latency of the public complaint intake
 * (POST /api/wasl/public/complaints: validation, idempotency key, tracking number, routing, deadline,
 * acknowledgement, audit) next to a plain Strapi create through the record adapter (POST
 * /api/wasl/visits as the front desk) measured in the same run on the same server, with the ratio.
 *
 * Boots its own Strapi on a throw-away database (SQLite, or PostgreSQL when DATABASE_URL is set), or
 * targets a running one: BENCH_URL=http://host:port (it must trust X-Forwarded-For or have a high
 * WASL_PUBLIC_RATE_LIMIT_MAX). BENCH_REQUESTS (default 2000) and BENCH_CONNECTIONS (default 50).
 */
import { randomUUID } from 'crypto';
import { runLoad, type LoadRun } from './lib/load';
import { bootBenchServer } from './lib/bench-server';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

type Server = { baseUrl: string; demoPassword?: string; stop: () => Promise<void> };

// The server it boots has a random demo password (P1: none is fixed); BENCH_PASSWORD signs in to BENCH_URL.
const boot = (): Promise<Server> =>
  bootBenchServer('bench', { TRUST_PROXY: 'true', WASL_PUBLIC_RATE_LIMIT_MAX: '1000000000' });

const json = async <T>(url: string, init: RequestInit = {}): Promise<T> => (await (await fetch(url, init)).json()) as T;

const staffToken = async (baseUrl: string, demoPassword?: string): Promise<string> =>
  (
    await json<{ jwt: string }>(`${baseUrl}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'reception-officer', password: process.env.BENCH_PASSWORD ?? demoPassword }),
    })
  ).jwt;

const complaint = (i: number) =>
  JSON.stringify({
    kind: 'complaint',
    category: 'delay',
    subject: 'تأخر الرد على طلبي',
    description: 'قدمت طلب الاستشارة الأسرية منذ أسبوعين ولم يتواصل معي أحد حتى الآن.',
    complainantName: 'نورة علي',
    complainantPhone: `05${String(30_000_000 + i).padStart(8, '0')}`,
  });

const measure = async ({ baseUrl, demoPassword }: Server): Promise<[LoadRun, LoadRun]> => {
  const token = await staffToken(baseUrl, demoPassword);
  const branches = await json<{ id: string }[]>(`${baseUrl}/api/wasl/branches`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const run = randomUUID().slice(0, 8);
  const ip = (i: number) => `10.${Math.floor(i / 65_536) % 256}.${Math.floor(i / 256) % 256}.${i % 256}`;
  const baseline = await runLoad({
    label: 'plain create (POST /api/wasl/visits)',
    url: `${baseUrl}/api/wasl/visits`,
    requests: REQUESTS,
    connections: CONNECTIONS,
    build: () => ({
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({
        visitDate: '2026-11-26',
        branch: branches[0].id,
        count: 1,
        purpose: 'inquiry',
        channel: 'walk_in',
      }),
    }),
  });
  const intake = await runLoad({
    label: 'public intake (POST /api/wasl/public/complaints)',
    url: `${baseUrl}/api/wasl/public/complaints`,
    requests: REQUESTS,
    connections: CONNECTIONS,
    build: (i) => ({
      headers: { 'idempotency-key': `bench-${run}-${i}`, 'x-forwarded-for': ip(i) },
      body: complaint(i),
    }),
  });
  return [baseline, intake];
};

const print = (runs: LoadRun[]) => {
  const rows = runs.map(
    (r) =>
      `${r.label.padEnd(52)} ${String(r.accepted).padStart(6)}/${r.requests} ${r.acceptedPerSecond.toFixed(1).padStart(9)} /s   p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms   non-2xx ${r.non2xx}  errors ${r.errors}`,
  );
  const [baseline, intake] = runs;
  process.stdout.write(
    [
      '',
      `bench-intake: ${REQUESTS} requests per endpoint, ${CONNECTIONS} connections, loopback`,
      ...rows,
      `ratio intake/plain: throughput ${(intake.acceptedPerSecond / baseline.acceptedPerSecond).toFixed(2)}x, p95 ${(intake.p95 / Math.max(baseline.p95, 1)).toFixed(2)}x`,
      '',
    ].join('\n'),
  );
};

const main = async () => {
  const target = process.env.BENCH_URL;
  const server = target ? { baseUrl: target, stop: async () => undefined } : await boot();
  try {
    print(await measure(server));
  } finally {
    await server.stop();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`bench-intake failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
