/**
 * Per-IP limits of the public endpoints (CM1 hardening): a fixed window per key, answered with 429
 * and Retry-After. Limits come from the environment so an association (or the test harness) sets
 * them without code. Counters live in this instance's memory: N instances behind a balancer allow N
 * times the limit, which is accepted for a spam brake (a shared store would put a write on the
 * database for every public hit). Hand-written rather than koa2-ratelimit: that package answers
 * with its own body, not the bilingual error every Wasl client matches on.
 */
import { waslError } from '../utils/errors';

type Bucket = { count: number; resetAt: number };
const MAX_KEYS = 100_000;
export type LimitName = 'intake' | 'track' | 'survey' | 'registration';

const SETTINGS: Record<LimitName, { maxEnv: string; windowEnv: string; max: number; windowMs: number }> = {
  intake: {
    maxEnv: 'WASL_PUBLIC_RATE_LIMIT_MAX',
    windowEnv: 'WASL_PUBLIC_RATE_LIMIT_WINDOW_MS',
    max: 10,
    windowMs: 10 * 60_000,
  },
  track: {
    maxEnv: 'WASL_TRACK_RATE_LIMIT_MAX',
    windowEnv: 'WASL_TRACK_RATE_LIMIT_WINDOW_MS',
    max: 30,
    windowMs: 10 * 60_000,
  },
  // S1: the public survey page (reading and answering a one-time link).
  survey: {
    maxEnv: 'WASL_SURVEY_RATE_LIMIT_MAX',
    windowEnv: 'WASL_SURVEY_RATE_LIMIT_WINDOW_MS',
    max: 30,
    windowMs: 10 * 60_000,
  },
  // YSR-E1: online service registration (each one creates a request, and maybe a beneficiary).
  registration: {
    maxEnv: 'WASL_REGISTRATION_RATE_LIMIT_MAX',
    windowEnv: 'WASL_REGISTRATION_RATE_LIMIT_WINDOW_MS',
    max: 10,
    windowMs: 10 * 60_000,
  },
};

const numberFromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export default () => {
  const buckets = new Map<string, Bucket>();
  let lastSweep = Date.now();

  // A flood of forged client addresses must not grow the table without bound: past MAX_KEYS the
  // expired buckets go at once, and if that is not enough the oldest are dropped (Map keeps insertion order).
  const sweep = (now: number) => {
    if (now - lastSweep < 60_000 && buckets.size < MAX_KEYS) return;
    lastSweep = now;
    for (const [key, bucket] of buckets) if (bucket.resetAt <= now) buckets.delete(key);
    for (const key of buckets.keys()) {
      if (buckets.size < MAX_KEYS) break;
      buckets.delete(key);
    }
  };

  return {
    /** Counts one hit of `ip` on `name`; throws RATE_LIMITED (429, with retryAfter seconds) past the limit. */
    hit(name: LimitName, ip: string, now = Date.now()): void {
      sweep(now);
      const setting = SETTINGS[name];
      const max = numberFromEnv(setting.maxEnv, setting.max);
      const windowMs = numberFromEnv(setting.windowEnv, setting.windowMs);
      const key = `${name}:${ip}`;
      let bucket = buckets.get(key);
      if (!bucket || bucket.resetAt <= now) {
        bucket = { count: 0, resetAt: now + windowMs };
        buckets.set(key, bucket);
      }
      bucket.count += 1;
      if (bucket.count > max) {
        const seconds = Math.max(1, Math.ceil((bucket.resetAt - now) / 1000));
        throw waslError('RATE_LIMITED', [], { seconds }, { retryAfter: seconds });
      }
    },
  };
};
