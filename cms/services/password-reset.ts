/**
 * Staff password reset (P1), instead of users-permissions' forgot-password (which lets anyone send a
 * mail to any address and is closed to the public role, cms/services/roles.ts):
 *  - the association admin issues a one-time link for a staff member; a random 256-bit token goes into
 *    the link, the link goes into an Arabic mail through the outbox, and only the token's SHA-256 is
 *    stored, with its expiry (PASSWORD_RESET_TTL_MINUTES, 60). Issuing a new link voids the earlier ones;
 *  - whoever holds the link sets a password that meets the policy; that burns the token (a conditional
 *    update, so two uses racing cannot both win), revokes every session of the user, and is audited.
 * The token is never logged, answered, or written to the audit log.
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Actor } from './audit';
import type { PasswordResetInput } from '../validation/staff-body';
import { checkPassword } from '../domain/password-policy';
import { passwordResetLink } from '../notifications/staff-templates';
import { waslError } from '../utils/errors';
import { RESET_MAIL_TEMPLATE } from './reset-mail-redaction';
import { getService } from '../utils/services';
import { publicBaseUrl } from '../utils/public-url';
import { associationName } from '../utils/association';

const RESET = 'plugin::wasl.password-reset';
const TABLE = 'wasl_password_resets';
const USER = 'plugin::users-permissions.user';
const SCOPE = 'password-reset';

const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');
const ttlMinutes = () => {
  const value = Number(process.env.PASSWORD_RESET_TTL_MINUTES);
  return Number.isFinite(value) && value > 0 ? value : 60;
};

type StaffUser = {
  id: number;
  username: string;
  email: string | null;
  fullNameAr: string | null;
  role?: { type?: string } | null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const limiter = () => getService(strapi, 'sign-in-limit');
  const audit = () => getService(strapi, 'audit');
  const consoleUrl = () => `${publicBaseUrl(strapi)}/console/#/reset-password`;

  return {
    async issue(actor: Actor, id: string): Promise<{ expiresAt: string }> {
      const member = await getService(strapi, 'staff').findOne(id);
      const user = (await strapi.db
        .query(USER)
        .findOne({ select: ['id', 'username', 'email', 'fullNameAr'], where: { id: member.id } })) as StaffUser;
      const email = user.email;
      if (!email) throw waslError('RESET_EMAIL_MISSING', [{ field: 'email', code: 'RESET_EMAIL_MISSING' }]);
      const token = crypto.randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + ttlMinutes() * 60_000);
      const association = await associationName(strapi);
      const mail = passwordResetLink({
        associationName: association,
        fullName: user.fullNameAr ?? user.username,
        link: `${consoleUrl()}?token=${token}`,
        expiresAt,
      });
      await strapi.db.transaction(async () => {
        await strapi.db
          .query(RESET)
          .updateMany({ where: { userId: user.id, usedAt: { $null: true } }, data: { usedAt: new Date() } });
        await strapi.db
          .query(RESET)
          .create({ data: { tokenHash: sha256(token), userId: user.id, issuedBy: actor.id, expiresAt } });
        await getService(strapi, 'outbox').enqueue({
          channel: 'email',
          recipient: email,
          template: RESET_MAIL_TEMPLATE,
          relatedType: 'staff',
          relatedId: String(user.id),
          ...mail,
        });
        await audit().record({
          actor,
          action: 'password_reset_issued',
          resource: 'staff',
          recordId: String(user.id),
          summary: { expiresAt: expiresAt.toISOString() },
        });
      });
      return { expiresAt: expiresAt.toISOString() };
    },

    /**
     * The outbox keeps a message's body until it is delivered; once the reset mail is sent its link is
     * cut from the stored copy, so the managers who read the outbox (and a database backup) never hold
     * a usable link afterwards. Raw update: no lifecycle of its own, and no second delivery.
     */
    scrubDeliveredLinks(): void {
      strapi.db.lifecycles.subscribe({
        models: ['plugin::wasl.notification'],
        async afterUpdate(event: {
          params: { data?: { status?: string } };
          result?: { id?: number; template?: string };
        }) {
          if (
            event.params.data?.status !== 'sent' ||
            event.result?.template !== RESET_MAIL_TEMPLATE ||
            !event.result.id
          )
            return;
          await strapi.db
            .connection('wasl_notifications')
            .where({ id: event.result.id })
            .update({ body_text: 'رابط إعادة تعيين كلمة المرور (حُذف بعد الإرسال)', body_html: null });
        },
      });
    },

    async reset(input: PasswordResetInput, ip: string): Promise<void> {
      await limiter().assertIpAllowed(SCOPE, ip);
      const invalid = async () => {
        await limiter().recordIpFailure(SCOPE, ip);
        return waslError('RESET_TOKEN_INVALID', [{ field: 'token', code: 'RESET_TOKEN_INVALID' }]);
      };
      const row = (await strapi.db.query(RESET).findOne({
        where: { tokenHash: sha256(input.token), usedAt: { $null: true }, expiresAt: { $gt: new Date() } },
      })) as { id: number; userId: number } | null;
      const user = row
        ? ((await strapi.db.query(USER).findOne({
            select: ['id', 'username', 'blocked'],
            where: { id: row.userId },
            populate: { role: { select: ['type'] } },
          })) as (StaffUser & { blocked?: boolean }) | null)
        : null;
      if (!row || !user || user.blocked) throw await invalid();
      // A password the policy refuses keeps the link usable: the member tries another.
      const broken = checkPassword(input.password, user.username);
      if (broken) throw waslError(broken, [{ field: 'password', code: broken }]);
      await strapi.db.transaction(async ({ trx }) => {
        const burnt = await trx(TABLE)
          .where({ id: row.id })
          .whereNull('used_at')
          .update({ used_at: new Date(), updated_at: new Date() });
        if (burnt !== 1) throw waslError('RESET_TOKEN_INVALID', [{ field: 'token', code: 'RESET_TOKEN_INVALID' }]);
        await strapi.plugin('users-permissions').service('user').edit(user.id, { password: input.password });
        // The user-table watcher revokes too; this keeps the guarantee where the reset is, not only in a lifecycle.
        await getService(strapi, 'sessions').revokeAll(user.id);
        await audit().record({
          actor: { id: user.id, role: user.role?.type ?? 'unknown', ip },
          action: 'password_reset',
          resource: 'staff',
          recordId: String(user.id),
          summary: { fields: ['password'] },
        });
      });
    },
  };
};
