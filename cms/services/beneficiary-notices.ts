/**
 * H6, H7, H8: what the beneficiary is told, through the channel agreed with them, as a request moves.
 * Messages go to the outbox inside the caller's transaction, so a rolled-back move sends nothing
 * and a crash after commit loses nothing.
 */
import type { Core } from '@strapi/strapi';
import { requestCompleted, requestDecided, requestInCommittee, type Rendered } from '../notifications/templates';
import { CHANNELS, type Channel, type OutgoingMessage } from '../notifications/transports';
import type { RequestStatus } from '../domain/request-journey';
import type { LoadedRequest } from './request-journey';
import { getService } from '../utils/services';
import { associationName } from '../utils/association';

type Contact = { preferredChannel: string; phone: string; email: string | null };

/**
 * H6: the channel agreed with the beneficiary. Email is sent by the outbox; a text message, WhatsApp, a
 * call, a letter or a word at the next visit becomes a task for the staff, with the phone to reach them.
 * An email preference with no address on file falls back to a call.
 */
export const deliveryFor = (contact: Contact): Pick<OutgoingMessage, 'channel' | 'recipient'> => {
  if (contact.preferredChannel === 'email')
    return contact.email
      ? { channel: 'email', recipient: contact.email }
      : { channel: 'phone', recipient: contact.phone };
  const channel = (CHANNELS as readonly string[]).includes(contact.preferredChannel)
    ? (contact.preferredChannel as Channel)
    : 'phone';
  return { channel, recipient: contact.phone };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async afterTransition(
    request: LoadedRequest,
    to: RequestStatus,
    extra: { dueAt: Date | null; reasons: string | null },
  ): Promise<void> {
    const association = await associationName(strapi);
    const common = {
      associationName: association,
      beneficiaryName: request.beneficiary.fullNameAr,
      trackingNumber: request.trackingNumber,
      serviceName: request.service.nameAr,
    };
    let message: [string, Rendered] | null = null;
    if (to === 'complete' && extra.dueAt)
      message = ['request_completed', requestCompleted({ ...common, dueAt: extra.dueAt })];
    if (to === 'in_committee') message = ['request_in_committee', requestInCommittee(common)];
    if (to === 'approved' || to === 'rejected')
      message = ['request_decided', requestDecided({ ...common, outcome: to, reasons: extra.reasons ?? '' })];
    const delivery = deliveryFor(request.beneficiary);
    // YSR-E1, H8: by email the rating request carries a one-time survey link (cms/services/surveys.ts).
    if (to === 'delivered' && request.service.ratingRequired)
      message = [
        'rating_requested',
        await getService(strapi, 'surveys').ratingMessage(request, common, delivery.channel),
      ];
    if (!message) return;
    const [template, rendered] = message;
    await getService(strapi, 'outbox').enqueue({
      ...delivery,
      template,
      subject: rendered.subject,
      bodyText: rendered.bodyText,
      // Text messages carry the plain text only.
      bodyHtml: delivery.channel === 'email' ? rendered.bodyHtml : null,
      relatedType: 'service-request',
      relatedId: request.documentId,
    });
  },
});
