/**
 * P1: a confidential service's cases (family protection, custody) exist only for the staff on the case —
 * who received it, who it is assigned to, the members of the committee it is before (from the committee
 * stage on) and the manager. For everyone else the record does not exist. These are the rules as query
 * conditions, so lists, totals and reads all apply them in SQL; no Strapi import.
 */
export type CaseViewer = { id: number; role: string };
export type Conditions = Record<string, unknown>;

/** The request is before its service's committee, or has been: members see it from then on. */
export const COMMITTEE_STAGES = ['in_committee', 'approved', 'rejected', 'registered', 'delivered', 'closed'] as const;

/** P1: the manager oversees every case (segregation of duties leaves them the only role that does). */
export const seesEveryCase = (viewer: CaseViewer): boolean => viewer.role === 'manager';

/** Conditions on a service request that hold when the viewer may see it (null: no condition). */
export const visibleRequestConditions = (viewer: CaseViewer): Conditions | null => {
  if (seesEveryCase(viewer)) return null;
  return {
    $or: [
      // `confidential` is null on rows written before the column existed: those services are not confidential.
      { service: { $or: [{ confidential: false }, { confidential: { $null: true } }] } },
      { receivedBy: { id: viewer.id } },
      { assignedTo: { id: viewer.id } },
      { $and: [{ status: { $in: [...COMMITTEE_STAGES] } }, { service: { committee: { members: { id: viewer.id } } } }] },
    ],
  };
};

/** Conditions on a record that hangs off a request (`via` is its relation): no request, or a visible one. */
export const visibleThroughRequest = (viewer: CaseViewer, via: string): Conditions | null => {
  const request = visibleRequestConditions(viewer);
  if (!request) return null;
  return { $or: [{ [via]: { id: { $null: true } } }, { [via]: request }] };
};
