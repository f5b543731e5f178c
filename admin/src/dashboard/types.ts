/**
 * The statistics API's answers (the stats contract, cms/services/stats.ts): GET /api/wasl/stats/<name>
 * for the manager and the association admin. The console only draws and tabulates them.
 */
export type Bucket = 'day' | 'week' | 'month';
export type KeyCount = { key: string; count: number };
type Range = { from: string; to: string; bucket: Bucket };

/** MC1 */
export type VisitorStats = Range & {
  total: number;
  series: { bucket: string; count: number }[];
  byPurpose: KeyCount[];
  byBranch: { branchId: number; branchName: string; count: number; today: number; average90: number }[];
};

/** MC3, S5 */
export type ComplaintStats = Range & {
  total: number;
  byKind: KeyCount[];
  byStatus: KeyCount[];
  byChannel: KeyCount[];
  byCategory: KeyCount[];
  series: { bucket: string; count: number }[];
};

/** ESR-H7 */
export type Sla = {
  onTime: number;
  late: number;
  open: number;
  dueSoon: number;
  overdue: number;
  compliance: number | null;
};
export type RequestSlaStats = Range & {
  totals: Sla;
  byService: (Sla & { serviceId: number; serviceName: string })[];
  series: { bucket: string; onTime: number; late: number }[];
};

/** S1, MC4 (never per named staff member: ALL-SAT) */
type Satisfaction = { responses: number; averageScore: number | null; csat: number | null };
export type SatisfactionStats = Range &
  Satisfaction & {
    responseRate: number | null;
    series: (Satisfaction & { bucket: string })[];
    byService: (Satisfaction & { serviceId: number; serviceName: string })[];
    byBranch: (Satisfaction & { branchId: number; branchName: string })[];
  };

/** MC10, CM5 */
export type EscalationStats = {
  open: number;
  byLevel: { level: number; count: number }[];
  items: {
    id: number;
    documentId: string;
    trackingNumber: string;
    category: string;
    escalationLevel: number;
    escalatedAt: string | null;
    dueAt: string | null;
  }[];
};

/** MC7–MC9, S2 */
export type InspectionFindingStats = {
  open: number;
  overdue: number;
  items: {
    id: number;
    inspectionDate: string;
    branchName: string;
    finding: string;
    owner: string | null;
    dueDate: string | null;
    emergency: boolean;
  }[];
};

export type StatsFilter = { from: string; to: string; branch: string };
