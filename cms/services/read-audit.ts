/**
 * P1 (PDPL): reads of sensitive data are recorded, one audit row per HTTP request and never a value —
 * record ids, counts and field names only. Which read is which:
 * - `read_confidential`: a list page, a record or a journey that returns a confidential case (or a record of one);
 * - `search_sensitive`: a list searched by ID or phone (a `q` of 6 digits or more, or a filter on a masked field);
 * - `read_list_sensitive`: a list page that returns IDs, phones or e-mails unmasked to the caller;
 * - `read_sensitive`: one request, complaint or beneficiary (`auditReads` in cms/constants/access.ts).
 */
import type { Core } from '@strapi/strapi';
import { resourceRule, type ResourceName } from '../constants/access';
import { seesValue } from '../constants/visibility';
import { normaliseArabic } from '../domain/arabic-text';
import type { StaffActor } from './records';
import { getService } from '../utils/services';

export type ListRead = { resource: ResourceName; actor: StaffActor; ids: string[]; filtered: string[]; q: unknown };

/**
 * A `q` that looks like an ID or a phone number: six digits or more and nothing else but spaces, dashes and a
 * leading + (Arabic-Indic digits count), so a tracking number such as REQ-1447-000123 is not one.
 */
export const looksLikeIdOrPhone = (q: unknown): boolean =>
  typeof q === 'string' && /^\+?\d{6,}$/.test(normaliseArabic(q).replace(/[\s-]/g, ''));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const audit = () => getService(strapi, 'audit');
  const confidential = () => getService(strapi, 'confidential');
  const sensitiveFields = (resource: ResourceName): readonly string[] => resourceRule(resource).masked?.fields ?? [];

  return {
    async listRead({ resource, actor, ids, filtered, q }: ListRead): Promise<void> {
      const secret: string[] = await confidential().confidentialAmong(resource, ids);
      const searched = filtered.filter((f) => sensitiveFields(resource).includes(f));
      const byNumber = filtered.includes('q') && looksLikeIdOrPhone(q) && sensitiveFields(resource).length > 0;
      const unmasked = sensitiveFields(resource).filter((f) => seesValue(resource, actor.role, f));
      let action: string | null = null;
      if (secret.length) action = 'read_confidential';
      else if (searched.length || byNumber) action = 'search_sensitive';
      else if (unmasked.length && ids.length) action = 'read_list_sensitive';
      if (!action) return;
      await audit().record({
        actor,
        action,
        resource,
        recordId: null,
        summary: {
          count: ids.length,
          recordIds: action === 'read_confidential' ? secret : ids,
          ...(searched.length || byNumber ? { searchedFields: byNumber ? [...searched, 'q'] : searched } : {}),
          ...(unmasked.length ? { unmaskedFields: unmasked } : {}),
        },
      });
    },

    /** One record (or its journey): `read_confidential` for a confidential case, else `read_sensitive` where audited. */
    async oneRead(
      resource: ResourceName,
      id: string,
      actor: StaffActor,
      view: 'record' | 'journey' = 'record',
    ): Promise<void> {
      const secret = (await confidential().confidentialAmong(resource, [id])).length > 0;
      if (!secret && !resourceRule(resource).auditReads) return;
      const masked = sensitiveFields(resource).filter((f) => !seesValue(resource, actor.role, f));
      await audit().record({
        actor,
        action: secret ? 'read_confidential' : 'read_sensitive',
        resource,
        recordId: id,
        summary: { view, masked: masked.length > 0, ...(masked.length ? { maskedFields: masked } : {}) },
      });
    },
  };
};
