import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { hijriYear } from '../domain/hijri';
import { formatTrackingNumber } from '../domain/tracking-number';
import { HONEYPOT_FIELD, parsePublicIntake } from '../validation/complaint-body';
import {
  fileFingerprintsOf,
  idempotencyKeyOf,
  publicBodyOf,
  publicFilesOf,
  removeTemporaryUploads,
} from '../validation/public-request';
import { submissionFingerprint } from '../domain/submission-fingerprint';
import { waslError } from '../utils/errors';
import type { LimitName } from '../services/rate-limit';
import type { IntakeResult } from '../services/complaint-intake';
import { getService } from '../utils/services';

const view = (
  r: Pick<IntakeResult, 'trackingNumber' | 'trackingToken' | 'kind' | 'status' | 'receivedAt' | 'dueAt'>,
) => ({
  trackingNumber: r.trackingNumber,
  trackingToken: r.trackingToken,
  kind: r.kind,
  status: r.status,
  receivedAt: r.receivedAt,
  dueAt: r.dueAt,
});

/**
 * CM1: a filled honeypot gets an answer shaped like success (a robot learns nothing to adapt to) and
 * nothing is written or sent. The number is drawn from 900000–999999, far above any association's yearly
 * volume, so it does not point at a real complaint.
 */
const decoy = (kind: string) =>
  view({
    trackingNumber: formatTrackingNumber(
      kind === 'inquiry' ? 'inquiry' : kind === 'suggestion' ? 'suggestion' : 'complaint',
      hijriYear(new Date()),
      crypto.randomInt(900_000, 999_999),
    ),
    trackingToken: crypto.randomBytes(12).toString('base64url'),
    kind,
    status: 'received',
    receivedAt: new Date(),
    dueAt: null,
  });

/** The public website's complaint endpoints (no sign-in; limited per IP). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const limit = (ctx: Context, name: LimitName) => {
    try {
      getService(strapi, 'rate-limit').hit(name, ctx.request.ip);
    } catch (error) {
      ctx.set('Retry-After', String((error as { details?: { retryAfter?: number } }).details?.retryAfter ?? 60));
      throw error;
    }
  };

  const receive = async (ctx: Context) => {
    limit(ctx, 'intake');
    const key = idempotencyKeyOf(ctx);
    const parsed = parsePublicIntake(publicBodyOf(ctx));
    if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
    const files = publicFilesOf(ctx);
    const checked = await getService(strapi, 'complaint-attachments').inspect(files);
    const { [HONEYPOT_FIELD]: honeypot, ...input } = parsed.value;
    ctx.status = 201;
    if (honeypot) return void (ctx.body = decoy(input.kind));
    // CM1: the key is bound to what was submitted (validated fields + file bytes), checked before any file is stored.
    const fingerprint = key ? submissionFingerprint(input, await fileFingerprintsOf(files)) : null;
    const earlier = key ? await getService(strapi, 'complaint-intake').replayOf(key, fingerprint) : null;
    const stored = earlier ? [] : await getService(strapi, 'complaint-attachments').store(checked);
    const result = (await getService(strapi, 'complaint-intake')
      .receive({ ...input, channel: 'website' }, { idempotencyKey: key, fingerprint, actor: null, files: stored })
      .catch(async (error: unknown) => {
        await getService(strapi, 'complaint-attachments').remove(stored);
        throw error;
      })) as IntakeResult;
    // A replay that lost the race to the first submission keeps none of its own files.
    if (result.replayed) await getService(strapi, 'complaint-attachments').remove(stored);
    ctx.status = result.replayed ? 200 : 201;
    ctx.body = view(result);
  };

  return {
    async submit(ctx: Context) {
      try {
        await receive(ctx);
      } finally {
        await removeTemporaryUploads(ctx);
      }
    },

    async track(ctx: Context) {
      limit(ctx, 'track');
      ctx.body = await getService(strapi, 'complaint-tracking').track(String(ctx.params.trackingNumber ?? ''), {
        token: ctx.get('X-Tracking-Token') || null,
        phoneLast4: ctx.get('X-Phone-Last4') || null,
      });
    },
  };
};
