/**
 * MC7–MC9, S2: the corrective actions still open after field inspections, for senior management
 * (GET /api/wasl/stats/inspection-findings, README "Statistics"). Counted in SQL on the
 * (status, due_date) index of wasl_corrective_actions; `overdue` = open with a due date before today in Riyadh.
 */
import type { Core } from '@strapi/strapi';
import { riyadhDateKey } from '../domain/hijri';
import type { StatsQuery } from '../validation/stats-query';

export type InspectionFindings = {
  open: number;
  overdue: number;
  items: {
    id: number;
    inspectionDate: string;
    branchName: string;
    finding: string;
    owner: string;
    dueDate: string;
    emergency: boolean;
  }[];
};

/** The longest list the answer carries: the open actions due first. */
const ITEMS = 50;

type ActionRow = {
  id: number;
  dueDate: string;
  description: string;
  owner?: { fullNameAr?: string | null; username?: string } | null;
  finding?: {
    description?: string;
    inspection?: { inspectionDate?: string; emergency?: boolean; branch?: { nameAr?: string } | null } | null;
  } | null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async inspectionFindings(q: StatsQuery): Promise<InspectionFindings> {
    const where = {
      status: 'open',
      finding: {
        inspection: {
          inspectionDate: { $gte: q.from, $lte: q.to },
          ...(q.branchId ? { branch: { id: q.branchId } } : {}),
        },
      },
    };
    const actions = strapi.db.query('plugin::wasl.corrective-action');
    const [open, overdue, rows] = await Promise.all([
      actions.count({ where }),
      actions.count({ where: { ...where, dueDate: { $lt: riyadhDateKey(new Date()) } } }),
      actions.findMany({
        where,
        select: ['id', 'dueDate', 'description'],
        populate: {
          owner: { select: ['fullNameAr', 'username'] },
          finding: {
            select: ['description'],
            populate: {
              inspection: { select: ['inspectionDate', 'emergency'], populate: { branch: { select: ['nameAr'] } } },
            },
          },
        },
        orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
        limit: ITEMS,
      }) as Promise<ActionRow[]>,
    ]);
    return {
      open,
      overdue,
      items: rows.map((r) => ({
        id: r.id,
        inspectionDate: String(r.finding?.inspection?.inspectionDate ?? ''),
        branchName: r.finding?.inspection?.branch?.nameAr ?? '',
        finding: r.finding?.description ?? '',
        owner: r.owner?.fullNameAr || r.owner?.username || '',
        dueDate: String(r.dueDate),
        emergency: Boolean(r.finding?.inspection?.emergency),
      })),
    };
  },
});
