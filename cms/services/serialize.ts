/**
 * Documents → ra-data-simple-rest records: `id` is the documentId, relations are documentIds, and each
 * field as the field-visibility table says for the caller's role (P1): hidden fields and private
 * attributes never leave the server, masked fields leave masked.
 */
import { maskNationalId } from '../domain/saudi-id';
import { maskPhone } from '../domain/phone';
import { resourceRule, type ResourceName, type ResourceRule } from '../constants/access';
import type { StaffRole } from '../constants/roles';
import { visibilityOf } from '../constants/visibility';
import { isToMany, type Attributes } from '../validation/attributes';
import { privateMediaOf } from './private-media';

export type Doc = Record<string, unknown> & { documentId: string };
export type WaslRecord = Record<string, unknown> & { id: string };

const MASKERS: Record<string, (value: string) => string> = {
  nationalId: maskNationalId,
  phone: maskPhone,
  complainantPhone: maskPhone,
};
const maskValue = (field: string, value: unknown): unknown => {
  if (typeof value !== 'string' || value === '') return value;
  const masker = MASKERS[field];
  if (masker) return masker(value);
  if (field.toLowerCase().includes('email')) return value.replace(/^(.).*(@.*)$/, '$1***$2');
  return '••••';
};

const relationId = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(relationId);
  if (value && typeof value === 'object') {
    const v = value as { documentId?: string; id?: number; url?: string; name?: string; mime?: string };
    return v.url !== undefined ? { id: v.id, url: v.url, name: v.name, mime: v.mime } : (v.documentId ?? v.id ?? null);
  }
  return value ?? null;
};

export const isMaskedFor = (rule: ResourceRule, role: StaffRole, field: string): boolean =>
  Boolean(rule.masked && rule.masked.fields.includes(field) && !rule.masked.unmaskedFor.includes(role));

/** Who reads: the role, and fields masked on this record beyond the table (a confidential case's beneficiary). */
export type Viewer = { resource: ResourceName; role: StaffRole; alsoMasked?: ReadonlySet<string> };

export const toRecord = (doc: Doc, attributes: Attributes, viewer: Viewer): WaslRecord => {
  const record: WaslRecord = { id: doc.documentId };
  for (const key of ['createdAt', 'updatedAt', 'publishedAt']) if (key in doc) record[key] = doc[key];
  for (const [field, attribute] of Object.entries(attributes)) {
    const visibility = visibilityOf(viewer.resource, viewer.role, field);
    if (attribute.private || visibility === 'hidden' || !(field in doc)) continue;
    const raw =
      attribute.type === 'media'
        ? privateMediaOf(resourceRule(viewer.resource).uid, field, doc.documentId, relationId(doc[field]))
        : attribute.type === 'relation'
          ? relationId(doc[field])
          : doc[field];
    record[field] = visibility === 'masked' || viewer.alsoMasked?.has(field) ? maskValue(field, raw) : raw;
  }
  return record;
};

/** Populate just enough to name related records: documentIds for relations, url for media. */
export const populateFor = (attributes: Attributes, depth: 'list' | 'one') => {
  const populate: Record<string, { fields: string[] }> = {};
  for (const [field, attribute] of Object.entries(attributes)) {
    if (attribute.private) continue;
    if (attribute.type === 'relation' && (depth === 'one' || !isToMany(attribute)))
      populate[field] = { fields: ['documentId'] };
    if (attribute.type === 'media') populate[field] = { fields: ['url', 'name', 'mime'] };
  }
  return populate;
};
