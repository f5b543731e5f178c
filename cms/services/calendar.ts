/**
 * The association's working calendar (H7) as the domain needs it: weekend and working hours from
 * the association profile, holidays from the holiday list an admin edits without code.
 */
import type { Core } from '@strapi/strapi';
import { computeDueAt, DEFAULT_CALENDAR, type SlaUnit, type WorkingCalendar } from '../domain/sla-calendar';
import type { SlaSetting } from '../domain/sla-state';
import type { ComplaintSlaSetting } from '../domain/complaint-sla';

type Profile = {
  weekendDays?: number[] | null;
  workdayStart?: string | null;
  workdayEnd?: string | null;
  defaultSlaDays?: number;
  defaultSlaUnit?: SlaUnit;
  dueSoonWorkingDays?: number | null;
  complaintSlaDays?: number;
  complaintSlaByCategory?: Record<string, unknown> | null;
};
type ServiceSla = { slaDays?: number | null; slaUnit?: SlaUnit | null };

/** A deadline this close (in working days) shows as "due soon" unless the profile says otherwise. */
const DUE_SOON_WORKING_DAYS = 2;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const profile = async (): Promise<Profile> =>
    ((await strapi.db.query('plugin::wasl.association-profile').findOne({})) ?? {}) as Profile;

  const load = async (): Promise<WorkingCalendar> => {
    const [p, holidays] = await Promise.all([
      profile(),
      strapi.db
        .query('plugin::wasl.holiday')
        .findMany({ select: ['startDate', 'endDate'], orderBy: { startDate: 'asc' } }) as Promise<
        { startDate: string; endDate: string }[]
      >,
    ]);
    return {
      weekendDays: Array.isArray(p.weekendDays) ? p.weekendDays : DEFAULT_CALENDAR.weekendDays,
      workdayStart: p.workdayStart ?? DEFAULT_CALENDAR.workdayStart,
      workdayEnd: p.workdayEnd ?? DEFAULT_CALENDAR.workdayEnd,
      holidays,
    };
  };

  return {
    load,

    /** The association's default deadline (H7 differs per association). */
    async defaults(): Promise<SlaSetting> {
      const p = await profile();
      return { days: p.defaultSlaDays ?? 15, unit: p.defaultSlaUnit ?? 'working_days' };
    },

    /** CM4: the complaint deadlines, per category with the association's default for the rest. */
    async complaintSla(): Promise<ComplaintSlaSetting> {
      const p = await profile();
      return { defaultDays: p.complaintSlaDays ?? 5, byCategory: p.complaintSlaByCategory ?? null };
    },

    /** The service's own deadline, else the association's default. */
    async slaFor(service: ServiceSla, defaults?: SlaSetting): Promise<SlaSetting> {
      const fallback = defaults ?? (await this.defaults());
      return { days: service.slaDays ?? fallback.days, unit: service.slaUnit ?? fallback.unit };
    },

    /** The instant before which a running deadline counts as due soon: the end of the N-th working day from now. */
    async dueSoonBefore(now: Date, calendar?: WorkingCalendar): Promise<Date> {
      const [cal, p] = await Promise.all([calendar ?? load(), profile()]);
      return computeDueAt(now, p.dueSoonWorkingDays ?? DUE_SOON_WORKING_DAYS, 'working_days', cal);
    },
  };
};
