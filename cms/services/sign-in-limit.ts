/**
 * Sign-in limits (P1) for POST /api/auth/local, replacing users-permissions' single per-IP bucket,
 * which made colleagues behind one office IP share one allowance. Only failures count:
 *  - per account (any IP): after LOGIN_FAILURES_PER_ACCOUNT (10) failures within LOGIN_LOCK_MINUTES
 *    (15) the account is locked for LOGIN_LOCK_MINUTES, even for the right password: 423 ACCOUNT_LOCKED;
 *  - per IP: a higher ceiling, LOGIN_FAILURES_PER_IP (100) failures per window, then 429 RATE_LIMITED,
 *    so one address cannot walk through every username.
 * A failure for one username never slows another user down, whatever IP they share. The counters live
 * in the database (wasl_sign_in_attempts), so they hold across instances and restarts; each failure is
 * one upsert whose increment, window reset and lock are computed by the database from the row it
 * conflicts with, so two instances counting the same account at once never lose a failure. Keys are
 * SHA-256 hashes of the account id (or, for an unknown name, of the name typed) and of the IP.
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { waslError } from '../utils/errors';
import { getService } from '../utils/services';

const TABLE = 'wasl_sign_in_attempts';
const USER = 'plugin::users-permissions.user';

const positive = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const settings = () => ({
  accountMax: positive('LOGIN_FAILURES_PER_ACCOUNT', 10),
  ipMax: positive('LOGIN_FAILURES_PER_IP', 100),
  windowMs: positive('LOGIN_LOCK_MINUTES', 15) * 60_000,
});

const hash = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

// Parameters: documentId, keyHash, kind, now, now, lockUntil-if-first-fails, now, now | windowStart ×3, max, lockUntil.
const UPSERT = `insert into ${TABLE} (document_id, key_hash, kind, failures, window_started_at, locked_until, created_at, updated_at)
values (?, ?, ?, 1, cast(? as bigint), case when 1 >= cast(? as integer) then cast(? as bigint) else 0 end, ?, ?)
on conflict (key_hash) do update set
  failures = case when ${TABLE}.window_started_at < cast(? as bigint) then 1 else ${TABLE}.failures + 1 end,
  window_started_at = case when ${TABLE}.window_started_at < cast(? as bigint) then excluded.window_started_at else ${TABLE}.window_started_at end,
  locked_until = case when (case when ${TABLE}.window_started_at < cast(? as bigint) then 1 else ${TABLE}.failures + 1 end) >= cast(? as integer)
    then cast(? as bigint) else ${TABLE}.locked_until end,
  updated_at = excluded.updated_at
returning failures, locked_until`;

type RawRows = { rows?: { failures: number | string }[] } | { failures: number | string }[];
export type SignInKeys = { account: string; ip: string; userId: number | null };

// Rows of past windows (mostly names nobody has) are swept every so many failures, not on every request.
const SWEEP_EVERY = 200;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  let failuresSinceSweep = 0;
  const sweep = async (now: number, windowMs: number) => {
    failuresSinceSweep += 1;
    if (failuresSinceSweep < SWEEP_EVERY) return;
    failuresSinceSweep = 0;
    await knex()(TABLE)
      .where('updated_at', '<', new Date(now - windowMs))
      .andWhere('locked_until', '<', now)
      .delete();
  };

  const fail = async (
    keyHash: string,
    kind: 'account' | 'ip',
    max: number,
    now: number,
    windowMs: number,
  ): Promise<number> => {
    const windowStart = now - windowMs;
    const lockUntil = now + windowMs;
    const stamp = new Date(now);
    const result = (await knex().raw(UPSERT, [
      createId(),
      keyHash,
      kind,
      now,
      max,
      lockUntil,
      stamp,
      stamp,
      windowStart,
      windowStart,
      windowStart,
      max,
      lockUntil,
    ])) as RawRows;
    const rows = Array.isArray(result) ? result : (result.rows ?? []);
    return Number(rows[0]?.failures ?? 0);
  };

  const lockedFor = async (keyHash: string, now: number): Promise<number> => {
    const row = (await knex()(TABLE).select('locked_until').where({ key_hash: keyHash }).first()) as
      { locked_until: number | string } | undefined;
    return row ? Math.max(0, Number(row.locked_until) - now) : 0;
  };

  return {
    /** The counters' keys for a sign-in: the account when the name matches one, else the name as typed. */
    async keysFor(identifier: string, ip: string): Promise<SignInKeys> {
      const user = identifier
        ? ((await strapi.db.query(USER).findOne({
            select: ['id'],
            where: { $or: [{ email: identifier.toLowerCase() }, { username: identifier }] },
          })) as { id: number } | null)
        : null;
      return {
        account: hash(user ? `user:${user.id}` : `name:${identifier.trim().toLowerCase()}`),
        ip: hash(`ip:${ip}`),
        userId: user?.id ?? null,
      };
    },

    /** Before the password is checked: a locked account or an IP past its ceiling is refused with Retry-After. */
    async assertAllowed(keys: SignInKeys, now = Date.now()): Promise<void> {
      const [account, ip] = await Promise.all([lockedFor(keys.account, now), lockedFor(keys.ip, now)]);
      if (account > 0) {
        const seconds = Math.ceil(account / 1000);
        throw waslError('ACCOUNT_LOCKED', [], { minutes: Math.ceil(seconds / 60) }, { retryAfter: seconds });
      }
      if (ip > 0) {
        const seconds = Math.ceil(ip / 1000);
        throw waslError('RATE_LIMITED', [], { seconds }, { retryAfter: seconds });
      }
    },

    /** A wrong password: counted for the account and the IP; the failure that locks the account is audited. */
    async recordFailure(keys: SignInKeys, now = Date.now()): Promise<void> {
      const { accountMax, ipMax, windowMs } = settings();
      const failures = await fail(keys.account, 'account', accountMax, now, windowMs);
      await fail(keys.ip, 'ip', ipMax, now, windowMs);
      await sweep(now, windowMs);
      // P1: the lockout names the account by id only when it exists; never the name typed or a password.
      if (failures === accountMax) {
        await getService(strapi, 'audit').record({
          actor: null,
          action: 'account_locked',
          resource: 'users',
          recordId: keys.userId === null ? null : String(keys.userId),
          summary: { failures, lockedMinutes: windowMs / 60_000, knownAccount: keys.userId !== null },
        });
      }
    },

    /** Other public credential endpoints (the password reset) share the per-IP ceiling's mechanism under their own scope. */
    async assertIpAllowed(scope: string, ip: string, now = Date.now()): Promise<void> {
      const locked = await lockedFor(hash(`${scope}:${ip}`), now);
      if (locked > 0) {
        const seconds = Math.ceil(locked / 1000);
        throw waslError('RATE_LIMITED', [], { seconds }, { retryAfter: seconds });
      }
    },

    async recordIpFailure(scope: string, ip: string, now = Date.now()): Promise<void> {
      const { ipMax, windowMs } = settings();
      await fail(hash(`${scope}:${ip}`), 'ip', Math.max(1, Math.ceil(ipMax / 10)), now, windowMs);
    },

    /** A correct sign-in clears the account's failures (the IP's stay: they were someone's failures). */
    async recordSuccess(keys: SignInKeys): Promise<void> {
      await knex()(TABLE).where({ key_hash: keys.account }).delete();
    },
  };
};
