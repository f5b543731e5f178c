/**
 * CM1: a complaint, inquiry or suggestion from the public, through either door — the JSON API
 * (`POST /api/wasl/public/complaints`) or the website's HTML form (`/complaints/new`). Both hand over the
 * submitted fields, the uploaded files and an idempotency key, and get the same answer: validated by the
 * public schema, files checked before anything is stored, the honeypot's decoy, the replay of a key already
 * used, and the intake itself. The caller owns the transport (content type, temporary files).
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { hijriYear } from '../domain/hijri';
import { formatTrackingNumber } from '../domain/tracking-number';
import { submissionFingerprint } from '../domain/submission-fingerprint';
import { HONEYPOT_FIELD, parsePublicIntake } from '../validation/complaint-body';
import { fileFingerprintsOf } from '../validation/public-request';
import { waslError } from '../utils/errors';
import { getService } from '../utils/services';
import type { IncomingFile } from './complaint-attachments';
import type { IntakeResult } from './complaint-intake';

export type PublicComplaintView = {
  trackingNumber: string;
  trackingToken: string;
  kind: string;
  status: string;
  receivedAt: Date;
  dueAt: Date | null;
};

export type PublicComplaintAnswer = { created: boolean; view: PublicComplaintView };

const view = (r: PublicComplaintView): PublicComplaintView => ({
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
const decoy = (kind: string): PublicComplaintView =>
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

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const attachments = () => getService(strapi, 'complaint-attachments');

  return {
    /**
     * `key` is already namespaced by its door (`web:` for the API header, `site:` for the form's token).
     * The files are read after the fields are valid, so a bad field is reported before a bad file name.
     */
    async submit(body: unknown, filesOf: () => IncomingFile[], key: string | null): Promise<PublicComplaintAnswer> {
      const parsed = parsePublicIntake(body);
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      const files = filesOf();
      const checked = await attachments().inspect(files);
      const { [HONEYPOT_FIELD]: honeypot, ...input } = parsed.value;
      if (honeypot) return { created: true, view: decoy(input.kind) };
      // CM1: the key is bound to what was submitted (validated fields + file bytes), checked before any file is stored.
      const fingerprint = key ? submissionFingerprint(input, await fileFingerprintsOf(files)) : null;
      const earlier = key ? await getService(strapi, 'complaint-intake').replayOf(key, fingerprint) : null;
      const stored = earlier ? [] : await attachments().store(checked);
      const result = (await getService(strapi, 'complaint-intake')
        .receive({ ...input, channel: 'website' }, { idempotencyKey: key, fingerprint, actor: null, files: stored })
        .catch(async (error: unknown) => {
          await attachments().remove(stored);
          throw error;
        })) as IntakeResult;
      // A replay that lost the race to the first submission keeps none of its own files.
      if (result.replayed) await attachments().remove(stored);
      return { created: !result.replayed, view: view(result) };
    },
  };
};
