/**
 * Issues tracking numbers (`REQ-1448-000001`): one sequence per kind and Hijri year, advanced by a
 * single upsert so two requests at the same instant never get the same number, on SQLite or
 * PostgreSQL, and a number is only used when the transaction that took it commits.
 */
import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { formatTrackingNumber, TRACKING_PREFIXES, type TrackingKind } from '../domain/tracking-number';
import { hijriYear } from '../domain/hijri';

const TABLE = 'wasl_tracking_sequences';

const UPSERT = `insert into ${TABLE} (document_id, scope, last_value, created_at, updated_at) values (?, ?, 1, ?, ?)
on conflict (scope) do update set last_value = ${TABLE}.last_value + 1, updated_at = excluded.updated_at
returning last_value`;

type RawResult = { rows?: { last_value: number | string }[] } | { last_value: number | string }[];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Joins the caller's transaction when there is one. */
  async next(kind: TrackingKind, at: Date = new Date()): Promise<string> {
    const year = hijriYear(at);
    const scope = `${TRACKING_PREFIXES[kind]}-${year}`;
    const result = (await strapi.db.transaction(({ trx }) =>
      trx.raw(UPSERT, [createId(), scope, at, at]),
    )) as RawResult;
    const rows = Array.isArray(result) ? result : (result.rows ?? []);
    return formatTrackingNumber(kind, year, Number(rows[0].last_value));
  },
});
