/**
 * The staff directory (read-only): who works here, in which role, and whether the account is active,
 * for assigning a complaint to a person (I1) and for showing who has and has not acknowledged a policy
 * (PD). Only id, username, names, role and account state leave the server: never an e-mail, a
 * password hash or a token (P1, least privilege).
 */
import type { Core } from '@strapi/strapi';
import { STAFF_ROLES, type StaffRole } from '../constants/roles';
import { waslError } from '../utils/errors';
import { parseStaffQuery } from '../validation/staff-query';

const USER = 'plugin::users-permissions.user';
const ACK = 'plugin::wasl.policy-acknowledgement';
const FIELDS = ['id', 'documentId', 'username', 'fullNameAr', 'fullNameEn', 'blocked', 'confirmed'];

export type StaffMember = {
  id: number;
  /** What the record adapter takes for a relation to a user (a corrective action's owner). */
  documentId: string;
  username: string;
  fullNameAr: string | null;
  fullNameEn: string | null;
  role: StaffRole;
  blocked: boolean;
  confirmed: boolean;
};
export type PolicySignature = StaffMember & { signed: boolean; acknowledgedAt: string | null };

type UserRow = {
  id: number;
  documentId: string;
  username: string;
  fullNameAr?: string | null;
  fullNameEn?: string | null;
  blocked?: boolean | null;
  confirmed?: boolean | null;
  role?: { type?: string } | null;
};

/** Explicit: a row becomes exactly these keys, whatever else the user table holds. */
const toMember = (row: UserRow): StaffMember => ({
  id: row.id,
  documentId: row.documentId,
  username: row.username,
  fullNameAr: row.fullNameAr ?? null,
  fullNameEn: row.fullNameEn ?? null,
  role: row.role?.type as StaffRole,
  blocked: Boolean(row.blocked),
  confirmed: Boolean(row.confirmed),
});

const staffOnly = { role: { type: { $in: STAFF_ROLES } } };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const users = () => strapi.db.query(USER);
  const find = (where: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    users().findMany({ select: FIELDS, where, populate: { role: { select: ['type'] } }, ...extra }) as Promise<
      UserRow[]
    >;

  return {
    /** ra-data-simple-rest list (and getMany through `filter={"id":[…]}`); sort, filter and paging in SQL. */
    async list(raw: Record<string, unknown>) {
      const parsed = parseStaffQuery(raw);
      if (!parsed.ok) throw waslError(parsed.code, parsed.errors);
      const { offset, limit, orderBy, where } = parsed.query;
      const filter = { $and: [staffOnly, ...where] };
      const [rows, total] = await Promise.all([
        find(filter, { orderBy: [orderBy, { id: 'asc' }], offset, limit }),
        users().count({ where: filter }),
      ]);
      return { records: rows.map(toMember), start: offset, end: offset + Math.max(rows.length - 1, 0), total };
    },

    async findOne(id: string): Promise<StaffMember> {
      const [row] = /^\d+$/.test(id) ? await find({ $and: [staffOnly, { id: Number(id) }] }) : [];
      if (!row) throw waslError('NOT_FOUND');
      return toMember(row);
    },

    /**
     * PD3: for the policy's current published version (null while nothing is published), every active (not
     * blocked) staff member with whether and when they acknowledged it; those who have not signed come first,
     * as the list a manager chases. Acknowledgements are found by their key (document:user:version).
     */
    async policySignatures(policyDocumentId: string) {
      const rows = (await strapi.db.query('plugin::wasl.policy-document').findMany({
        select: ['documentId', 'versionNumber', 'publishedAt'],
        where: { documentId: policyDocumentId },
      })) as { documentId: string; versionNumber: number | null; publishedAt: string | null }[];
      if (!rows.length) throw waslError('NOT_FOUND');
      const version = rows.find((row) => row.publishedAt)?.versionNumber ?? null;
      const [staff, acks] = await Promise.all([
        find({ $and: [staffOnly, { blocked: false }] }, { orderBy: [{ fullNameAr: 'asc' }, { id: 'asc' }] }),
        version === null
          ? Promise.resolve([])
          : (strapi.db.query(ACK).findMany({
              select: ['id', 'acknowledgedAt'],
              where: { uniqueKey: { $startsWith: `${policyDocumentId}:` }, versionNumber: version },
              populate: { user: { select: ['id'] } },
            }) as Promise<{ acknowledgedAt: string | null; user?: { id: number } | null }[]>),
      ]);
      const signedAt = new Map(acks.filter((a) => a.user).map((a) => [a.user!.id, a.acknowledgedAt]));
      const signatures: PolicySignature[] = staff
        .map(toMember)
        .map((m) => ({ ...m, signed: signedAt.has(m.id), acknowledgedAt: signedAt.get(m.id) ?? null }));
      signatures.sort((a, b) => Number(a.signed) - Number(b.signed));
      return {
        policy: policyDocumentId,
        versionNumber: version,
        signed: signatures.filter((s) => s.signed).length,
        total: signatures.length,
        staff: signatures,
      };
    },
  };
};
