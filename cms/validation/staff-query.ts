/**
 * The staff directory's list query in ra-data-simple-rest's shape (`sort`, `range`, `filter` as JSON),
 * over users-permissions users rather than a Wasl content type: only the directory's own fields may be
 * sorted or filtered, so no query can reach an e-mail, a password hash or a token (P1).
 */
import { STAFF_ROLES } from '../constants/roles';
import type { FieldError } from '../utils/errors';
import { parseRange } from './list-query';

export const STAFF_SORTABLE = ['id', 'username', 'fullNameAr', 'fullNameEn', 'blocked', 'confirmed'] as const;

export type StaffQuery = {
  offset: number;
  limit: number;
  orderBy: Record<string, 'asc' | 'desc'>;
  where: Record<string, unknown>[];
};
type Outcome =
  | { ok: true; query: StaffQuery }
  | { ok: false; code: 'INVALID_RANGE' | 'INVALID_SORT' | 'INVALID_FILTER'; errors: FieldError[] };

const json = (value: unknown): unknown => {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return Symbol.for('invalid');
  try {
    return JSON.parse(value);
  } catch {
    return Symbol.for('invalid');
  }
};

const isId = (v: unknown): boolean => Number.isInteger(v) && (v as number) > 0;
const asIds = (v: unknown): number[] | null => {
  const list = (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'string' && /^\d+$/.test(x) ? Number(x) : x));
  return list.every(isId) ? (list as number[]) : null;
};

/** One filter entry → a query-engine condition, or null when the field or value is not allowed. */
const condition = (field: string, value: unknown): Record<string, unknown> | null => {
  if (field === 'id') {
    const ids = asIds(value);
    return ids ? { id: { $in: ids } } : null;
  }
  if (field === 'q') {
    if (typeof value !== 'string') return null;
    const needle = value.trim();
    return { $or: ['username', 'fullNameAr', 'fullNameEn'].map((f) => ({ [f]: { $containsi: needle } })) };
  }
  if (field === 'role') {
    const roles = Array.isArray(value) ? value : [value];
    return roles.length && roles.every((r) => (STAFF_ROLES as readonly unknown[]).includes(r))
      ? { role: { type: { $in: roles } } }
      : null;
  }
  if (field === 'blocked' || field === 'confirmed') return typeof value === 'boolean' ? { [field]: value } : null;
  return null;
};

const parseSort = (raw: unknown): StaffQuery['orderBy'] | null => {
  const sort = json(raw);
  if (sort === undefined) return { fullNameAr: 'asc' };
  if (!Array.isArray(sort) || sort.length !== 2) return null;
  const [field, order] = sort as [unknown, unknown];
  const dir = typeof order === 'string' ? order.toLowerCase() : '';
  if (!(STAFF_SORTABLE as readonly unknown[]).includes(field) || (dir !== 'asc' && dir !== 'desc')) return null;
  return { [field as string]: dir };
};

export const parseStaffQuery = (raw: { sort?: unknown; range?: unknown; filter?: unknown }): Outcome => {
  const range = parseRange(raw.range);
  if (!range) return { ok: false, code: 'INVALID_RANGE', errors: [{ field: 'range', code: 'INVALID_RANGE' }] };
  const orderBy = parseSort(raw.sort);
  if (!orderBy) return { ok: false, code: 'INVALID_SORT', errors: [{ field: 'sort', code: 'INVALID_SORT' }] };
  const filter = json(raw.filter) ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    return { ok: false, code: 'INVALID_FILTER', errors: [{ field: 'filter', code: 'INVALID_FILTER' }] };
  const where: Record<string, unknown>[] = [];
  const bad: FieldError[] = [];
  for (const [field, value] of Object.entries(filter as Record<string, unknown>)) {
    const c = condition(field, value);
    if (c) where.push(c);
    else bad.push({ field, code: 'INVALID_FILTER' });
  }
  if (bad.length) return { ok: false, code: 'INVALID_FILTER', errors: bad };
  return { ok: true, query: { offset: range[0], limit: range[1] - range[0] + 1, orderBy, where } };
};
