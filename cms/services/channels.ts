/**
 * ALL-CH: the channels an association uses and its complaint categories are rows its admin edits
 * (names in Arabic and English, enabled or not). Every intake path — the front desk's request, the
 * staff's complaint intake and the website — refuses one the association has not enabled (422).
 */
import type { Core } from '@strapi/strapi';
import { waslError, type FieldError } from '../utils/errors';

export type ListKind = 'channel' | 'category';
export type ListCheck = { field: string; kind: ListKind; value: unknown };

const UID = { channel: 'plugin::wasl.channel', category: 'plugin::wasl.complaint-category' } as const;
const REFUSAL = { channel: 'CHANNEL_NOT_ENABLED', category: 'CATEGORY_NOT_ENABLED' } as const;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async isEnabled(kind: ListKind, key: unknown): Promise<boolean> {
    if (typeof key !== 'string' || key === '') return false;
    return (await strapi.db.query(UID[kind]).count({ where: { key, enabled: true } })) > 0;
  },

  /** One field error per value that is not an enabled row of its list. */
  async refusals(checks: readonly ListCheck[]): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    for (const { field, kind, value } of checks) {
      if (!(await this.isEnabled(kind, value)))
        errors.push({ field, code: REFUSAL[kind], params: { value: String(value ?? '') } });
    }
    return errors;
  },

  async assertEnabled(checks: readonly ListCheck[]): Promise<void> {
    const errors = await this.refusals(checks);
    if (errors.length) throw waslError(errors[0].code, errors, errors[0].params);
  },
});
