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

/**
 * The facts the conditions need, looked up once per call: which services are confidential, and which
 * services' committees the viewer sits on. Resolving them first keeps the case query to the request's
 * own relations (service, receiver, assignee) instead of joining committees and their members per row.
 */
export type CaseFacts = { confidentialServices: readonly number[]; committeeServices: readonly number[] };

/** Conditions on a service request that hold when the viewer may see it (null: no condition). */
export const visibleRequestConditions = (viewer: CaseViewer, facts: CaseFacts): Conditions | null => {
  if (seesEveryCase(viewer) || facts.confidentialServices.length === 0) return null;
  const onCommittee = facts.committeeServices.filter((id) => facts.confidentialServices.includes(id));
  return {
    $or: [
      { service: { id: { $notIn: [...facts.confidentialServices] } } },
      { receivedBy: { id: viewer.id } },
      { assignedTo: { id: viewer.id } },
      ...(onCommittee.length
        ? [{ $and: [{ status: { $in: [...COMMITTEE_STAGES] } }, { service: { id: { $in: onCommittee } } }] }]
        : []),
    ],
  };
};

/**
 * Conditions on a record that hangs off a request (`via` is its relation): no request, or not one of the
 * confidential requests hidden from the viewer (resolved first: one column, no join per case rule).
 */
export const visibleThroughRequest = (via: string, hiddenRequests: readonly number[]): Conditions | null => {
  if (hiddenRequests.length === 0) return null;
  return { $or: [{ [via]: { id: { $null: true } } }, { [via]: { id: { $notIn: [...hiddenRequests] } } }] };
};
