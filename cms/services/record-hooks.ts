/**
 * Resource-specific rules of the generic adapter: normalisation that must happen before the schema
 * check (Saudi ID, +966 phone) and checks that need the database (duplicates).
 */
import type { Core } from '@strapi/strapi';
import { validateSaudiId } from '../domain/saudi-id';
import { normaliseSaudiPhone } from '../domain/phone';
import { normaliseArabic } from '../domain/arabic-text';
import type { ResourceName } from '../constants/access';
import type { FieldError } from '../utils/errors';

type Data = Record<string, unknown>;
export type HookContext = { strapi: Core.Strapi; data: Data; existing?: Data; mode: 'create' | 'update' };
export type RecordHook = {
  /** Pure normalisation; returns field errors. Mutates `data`. */
  normalise?(ctx: HookContext): FieldError[];
  /** Database rules; returns conflicts (409). */
  conflicts?(ctx: HookContext): Promise<FieldError[]>;
};

/** What `q` matches for a beneficiary: names, ID and phone, Arabic-normalised (diacritics, alef/hamza/ta marbuta). */
export const beneficiarySearchKey = (b: Data): string =>
  normaliseArabic([b.fullNameAr, b.fullNameEn, b.nationalId, b.phone].filter((v) => typeof v === 'string' && v).join(' '));

const beneficiaries: RecordHook = {
  normalise({ data, existing }) {
    const errors: FieldError[] = [];
    if ('nationalId' in data && data.nationalId !== null && data.nationalId !== undefined && data.nationalId !== '') {
      const id = validateSaudiId(data.nationalId);
      if (id.ok) Object.assign(data, { nationalId: id.value, idKind: id.kind });
      else errors.push({ field: 'nationalId', code: id.code });
    }
    if ('phone' in data && data.phone) {
      const phone = normaliseSaudiPhone(data.phone);
      if (phone.ok) data.phone = phone.value;
      else errors.push({ field: 'phone', code: phone.code });
    }
    if (typeof data.nationality === 'string') data.nationality = data.nationality.toUpperCase();
    data.searchKey = beneficiarySearchKey({ ...existing, ...data });
    return errors;
  },
  // Duplicate detection on the national ID (DESIGN.md "Beneficiary"); the unique index backs it under races.
  async conflicts({ strapi, data, existing }) {
    if (typeof data.nationalId !== 'string') return [];
    const twin = await strapi.db.query('plugin::wasl.beneficiary').findOne({
      select: ['id'],
      where: { nationalId: data.nationalId, ...(existing ? { id: { $ne: existing.id } } : {}) },
    });
    return twin ? [{ field: 'nationalId', code: 'NATIONAL_ID_DUPLICATE' }] : [];
  },
};

export const RECORD_HOOKS: Partial<Record<ResourceName, RecordHook>> = { beneficiaries };
