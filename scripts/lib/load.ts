/**
 * A bounded HTTP load run with autocannon, measuring each response so the p95 is exact; and the same
 * measurement for any async task (a fetch, a bare SQL query) at a given concurrency.
 */
import autocannon from 'autocannon';

export type LoadRun = {
  label: string;
  requests: number;
  accepted: number;
  non2xx: number;
  errors: number;
  seconds: number;
  acceptedPerSecond: number;
  p50: number;
  p95: number;
};

export type LoadSpec = {
  label: string;
  url: string;
  requests: number;
  connections: number;
  /** Headers and body of request i. */
  build: (i: number) => { headers: Record<string, string>; body: string };
};

export const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;

export const runLoad = (spec: LoadSpec): Promise<LoadRun> => {
  let next = 0;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        amount: spec.requests,
        timeout: 60,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const built = spec.build(next);
              next += 1;
              return { ...req, headers: { 'content-type': 'application/json', ...built.headers }, body: built.body };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const sorted = [...latencies].sort((a, b) => a - b);
        resolve({
          label: spec.label,
          requests: spec.requests,
          accepted: result['2xx'],
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          seconds,
          acceptedPerSecond: result['2xx'] / seconds,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
};

export type TaskRun = { runs: number; concurrency: number; failures: number; p50: number; p95: number };

/**
 * `runs` calls of `task`, `concurrency` of them in flight at any time (each worker starts the next as
 * soon as its last one ends, as autocannon does); the latency of every call in milliseconds. A call
 * that throws counts as a failure, and its time is still measured. After `budgetMs` no new call starts
 * (`runs` then says how many were made: a slow task is measured on fewer calls, not for ever).
 */
export const runConcurrent = async (
  runs: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
  budgetMs = Infinity,
): Promise<TaskRun> => {
  const deadline = performance.now() + budgetMs;
  let next = 0;
  let failures = 0;
  const latencies: number[] = [];
  const worker = async () => {
    while (next < runs && performance.now() < deadline) {
      const i = next;
      next += 1;
      const started = performance.now();
      try {
        await task(i);
      } catch {
        failures += 1;
      }
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, runs) }, worker));
  const sorted = latencies.sort((a, b) => a - b);
  return { runs: latencies.length, concurrency, failures, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};
