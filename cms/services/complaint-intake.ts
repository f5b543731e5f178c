/**
 * CM1, ALL-CH: a complaint, inquiry or suggestion is received from any channel with a unique tracking
 * number (sequence per kind per Hijri year), its deadline (CM4: working days per category), its route
 * (I1) and an acknowledgement through the outbox carrying the number and a secret tracking token.
 * An Idempotency-Key is stored under a unique index with a fingerprint of the submission: a retry or a
 * double click returns the first complaint, the same key with different content is refused (422
 * IDEMPOTENCY_KEY_REUSED), and two concurrent submissions with one key can never both commit.
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { complaintDueAt } from '../domain/complaint-sla';
import { routeComplaint, type Route, type RoutingRule } from '../domain/complaint-routing';
import type { TrackingKind } from '../domain/tracking-number';
import { complaintAcknowledged } from '../notifications/complaint-templates';
import { isUniqueViolation, waslError } from '../utils/errors';
import type { Actor } from './audit';
import type { StoredFile } from './complaint-attachments';
import { getService } from '../utils/services';

const COMPLAINT = 'plugin::wasl.complaint';

export type NewComplaint = {
  kind: 'complaint' | 'inquiry' | 'suggestion';
  channel: string;
  category?: string;
  subject: string;
  description: string;
  anonymous?: boolean;
  complainantName?: string;
  complainantPhone?: string;
  complainantEmail?: string;
  beneficiaryCategory?: string;
  beneficiaryId?: number | null;
  branchId?: number | null;
  receivedAt?: Date;
};

export type IntakeResult = {
  id: number;
  documentId: string;
  trackingNumber: string;
  trackingToken: string;
  status: string;
  kind: string;
  receivedAt: Date;
  dueAt: Date | null;
  replayed: boolean;
};

type Stored = {
  id: number;
  documentId: string;
  trackingNumber: string;
  status: string;
  kind: string;
  receivedAt: string | Date;
  dueAt: string | Date | null;
  idempotencyHash?: string | null;
};

/** The secret behind tracking tokens: its own variable, else the app keys every instance shares. */
const tokenSecret = (strapi: Core.Strapi): string =>
  process.env.WASL_TRACKING_SECRET || (strapi.config.get<string[]>('server.app.keys') ?? []).join(',');

/** The token is derived from the number, so a replayed submission can hand the same token back. */
export const trackingTokenFor = (strapi: Core.Strapi, trackingNumber: string): string =>
  crypto
    .createHmac('sha256', tokenSecret(strapi))
    .update(`complaint:${trackingNumber}`)
    .digest('base64url')
    .slice(0, 16);

/** Only a hash is stored, so a database reader cannot track other people's complaints. */
export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const resultOf = (row: Stored, replayed: boolean): IntakeResult => ({
    id: row.id,
    documentId: row.documentId,
    trackingNumber: row.trackingNumber,
    trackingToken: trackingTokenFor(strapi, row.trackingNumber),
    status: row.status,
    kind: row.kind,
    receivedAt: new Date(row.receivedAt),
    dueAt: row.dueAt ? new Date(row.dueAt) : null,
    replayed,
  });

  const byKey = async (key: string): Promise<Stored | null> =>
    (await strapi.db.query(COMPLAINT).findOne({
      where: { idempotencyKey: key },
      select: ['id', 'documentId', 'trackingNumber', 'status', 'kind', 'receivedAt', 'dueAt', 'idempotencyHash'],
    })) as Stored | null;

  /**
   * The complaint an earlier submission with this key created, when this submission is the same one;
   * 422 when the key came with other content. A row stored before fingerprints existed (no hash) is
   * taken as the same submission, as it was answered before.
   */
  const replayOf = async (key: string, fingerprint: string | null): Promise<Stored | null> => {
    const earlier = await byKey(key);
    if (earlier && fingerprint && earlier.idempotencyHash && earlier.idempotencyHash !== fingerprint) {
      throw waslError('IDEMPOTENCY_KEY_REUSED', [{ field: 'Idempotency-Key', code: 'IDEMPOTENCY_KEY_REUSED' }]);
    }
    return earlier;
  };

  const profile = async () =>
    ((await strapi.db.query('plugin::wasl.association-profile').findOne({ select: ['nameAr'] })) ?? {}) as {
      nameAr?: string;
    };

  /** I1: the active contact-officer assignments as routing rules. */
  const routingRules = async (): Promise<RoutingRule[]> => {
    const rows = (await strapi.db
      .query('plugin::wasl.contact-officer-assignment')
      .findMany({ where: { active: true }, populate: { officer: { select: ['id'] } } })) as {
      id: number;
      areaAr: string;
      complaintCategory: string | null;
      beneficiaryCategory: string | null;
      active: boolean;
      officer: { id: number } | null;
    }[];
    return rows
      .filter((r) => r.officer)
      .map((r) => ({
        id: r.id,
        officerId: r.officer!.id,
        areaAr: r.areaAr,
        complaintCategory: r.complaintCategory,
        beneficiaryCategory: r.beneficiaryCategory,
        active: r.active,
      }));
  };

  const acknowledge = async (input: NewComplaint, result: Omit<IntakeResult, 'replayed'>, associationName: string) => {
    if (input.anonymous || (!input.complainantEmail && !input.complainantPhone)) return;
    const message = complaintAcknowledged({
      associationName,
      name: input.complainantName ?? null,
      kind: input.kind,
      trackingNumber: result.trackingNumber,
      token: result.trackingToken,
      dueAt: result.dueAt,
    });
    const email = Boolean(input.complainantEmail);
    await getService(strapi, 'outbox').enqueue({
      channel: email ? 'email' : 'sms',
      recipient: (email ? input.complainantEmail : input.complainantPhone) as string,
      template: 'complaint_acknowledged',
      subject: message.subject,
      bodyText: message.bodyText,
      bodyHtml: email ? message.bodyHtml : null,
      relatedType: 'complaint',
      relatedId: result.documentId,
    });
  };

  /** Everything that lands with the complaint: the routing entry, the attachments, the audit entry, the acknowledgement. */
  const writeAlongside = async (
    input: NewComplaint,
    row: Stored,
    route: Route | null,
    files: StoredFile[],
    actor: Actor | null,
    associationName: string,
  ) => {
    const at = new Date(row.receivedAt);
    if (route)
      await strapi.db.query('plugin::wasl.complaint-action').create({
        data: { complaint: row.id, kind: 'assignment', body: `I1: ${route.department} (${route.match})`, at },
      });
    for (const file of files) {
      await strapi.db.query('plugin::wasl.attachment').create({
        data: {
          kind: 'other',
          titleAr: file.name.slice(0, 200),
          file: file.id,
          complaint: row.id,
          uploadedBy: actor?.id ?? null,
        },
      });
    }
    await getService(strapi, 'audit').record({
      actor,
      action: 'create',
      resource: 'complaints',
      recordId: row.documentId,
      summary: { channel: input.channel, kind: input.kind, attachments: files.length, routed: Boolean(route) },
    });
    await acknowledge(input, resultOf(row, false), associationName);
  };

  return {
    byKey,
    replayOf,
    routingRules,

    async receive(
      input: NewComplaint,
      options: {
        idempotencyKey?: string | null;
        fingerprint?: string | null;
        actor: Actor | null;
        files?: StoredFile[];
      },
    ): Promise<IntakeResult> {
      const key = options.idempotencyKey ?? null;
      const fingerprint = key ? (options.fingerprint ?? null) : null;
      const earlier = key ? await replayOf(key, fingerprint) : null;
      if (earlier) return resultOf(earlier, true);
      const receivedAt = input.receivedAt ?? new Date();
      const category = input.category ?? 'other';
      // ALL-CH: the website and every staff channel alike, only what the association has enabled.
      await getService(strapi, 'channels').assertEnabled([
        { field: 'channel', kind: 'channel', value: input.channel },
        { field: 'category', kind: 'category', value: category },
      ]);
      const [settings, sla, calendar, rules] = await Promise.all([
        profile(),
        getService(strapi, 'calendar').complaintSla(),
        getService(strapi, 'calendar').load(),
        routingRules(),
      ]);
      const route = routeComplaint(rules, { category, beneficiaryCategory: input.beneficiaryCategory ?? null });
      const dueAt = complaintDueAt(receivedAt, category, sla, calendar);
      try {
        const row = await strapi.db.transaction(async () => {
          const trackingNumber: string = await getService(strapi, 'tracking').next(
            input.kind as TrackingKind,
            receivedAt,
          );
          const created = (await strapi.db.query(COMPLAINT).create({
            data: {
              trackingNumber,
              kind: input.kind,
              channel: input.channel,
              category,
              status: route ? 'assigned' : 'received',
              version: 1,
              subject: input.subject,
              description: input.description,
              anonymous: Boolean(input.anonymous),
              complainantName: input.anonymous ? null : (input.complainantName ?? null),
              complainantPhone: input.anonymous ? null : (input.complainantPhone ?? null),
              complainantEmail: input.anonymous ? null : (input.complainantEmail ?? null),
              beneficiaryCategory: input.beneficiaryCategory ?? null,
              beneficiary: input.beneficiaryId ?? null,
              branch: input.branchId ?? null,
              receivedBy: options.actor?.id ?? null,
              receivedAt,
              dueAt,
              assignedTo: route?.officerId ?? null,
              department: route?.department ?? null,
              escalationLevel: 0,
              reopenCount: 0,
              trackingSecretHash: hashToken(trackingTokenFor(strapi, trackingNumber)),
              idempotencyKey: key,
              idempotencyHash: fingerprint,
            },
          })) as Stored;
          await writeAlongside(input, created, route, options.files ?? [], options.actor, settings.nameAr ?? 'الجمعية');
          return created;
        });
        return resultOf(row, false);
      } catch (error) {
        // Two submissions with one key raced: the unique index let exactly one commit; answer with it,
        // or 422 when the winner was different content under the same key.
        const winner = key && isUniqueViolation(error) ? await replayOf(key, fingerprint) : null;
        if (winner) return resultOf(winner, true);
        throw error;
      }
    },
  };
};
