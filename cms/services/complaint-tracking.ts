/**
 * CM1: the complainant follows a complaint online with its number and a second factor — the last four
 * digits of the phone given, or the secret token of the acknowledgement. The answer holds the status
 * and the public replies only: no internal note, no name, no other person's data. A wrong pair and an
 * unknown number answer the same 404, so the endpoint cannot be used to learn which numbers exist.
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { parseTrackingNumber, formatTrackingNumber } from '../domain/tracking-number';
import { toAsciiDigits } from '../domain/arabic-text';
import { waslError } from '../utils/errors';
import { hashToken } from './complaint-intake';

export type SecondFactor = { token?: string | null; phoneLast4?: string | null };

type Row = {
  id: number;
  trackingNumber: string;
  kind: string;
  status: string;
  receivedAt: string;
  dueAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  complainantPhone: string | null;
  trackingSecretHash: string | null;
};

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
};

/** Whether the second factor matches; both comparisons always run, so timing says nothing. */
export const factorMatches = (
  row: Pick<Row, 'complainantPhone' | 'trackingSecretHash'> | null,
  factor: SecondFactor,
): boolean => {
  const token = typeof factor.token === 'string' && factor.token.length <= 64 ? factor.token.trim() : '';
  const last4 = typeof factor.phoneLast4 === 'string' ? toAsciiDigits(factor.phoneLast4).trim() : '';
  const tokenOk = sameText(hashToken(token), row?.trackingSecretHash ?? hashToken(`${token}x`)) && token !== '';
  const phoneOk = /^\d{4}$/.test(last4) && sameText(last4, (row?.complainantPhone ?? '').slice(-4).padStart(4, '#'));
  return Boolean(row) && (tokenOk || phoneOk);
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async track(number: string, factor: SecondFactor) {
    const parsed = parseTrackingNumber(number);
    const canonical = parsed ? formatTrackingNumber(parsed.kind, parsed.hijriYear, parsed.sequence) : null;
    const row = canonical
      ? ((await strapi.db.query('plugin::wasl.complaint').findOne({
          where: { trackingNumber: canonical },
          select: [
            'id',
            'trackingNumber',
            'kind',
            'status',
            'receivedAt',
            'dueAt',
            'resolvedAt',
            'closedAt',
            'complainantPhone',
            'trackingSecretHash',
          ],
        })) as Row | null)
      : null;
    if (!factorMatches(row, factor) || !row) throw waslError('TRACKING_NOT_FOUND');
    const replies = (await strapi.db.query('plugin::wasl.complaint-action').findMany({
      where: { complaint: { id: row.id }, kind: 'public_reply' },
      select: ['id', 'body', 'at'],
      orderBy: { at: 'asc' },
    })) as { body: string; at: string }[];
    return {
      trackingNumber: row.trackingNumber,
      kind: row.kind,
      status: row.status,
      receivedAt: row.receivedAt,
      dueAt: row.dueAt,
      resolvedAt: row.resolvedAt,
      closedAt: row.closedAt,
      replies: replies.map((r) => ({ at: r.at, body: r.body })),
    };
  },
});
