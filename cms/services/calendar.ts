/**
 * The association's working calendar (H7) as the domain needs it: weekend and working hours from
 * the association profile, holidays from the holiday list an admin edits without code.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_CALENDAR, type SlaUnit, type WorkingCalendar } from '../domain/sla-calendar';

export type SlaSetting = { days: number; unit: SlaUnit };

type Profile = { weekendDays?: number[] | null; workdayStart?: string | null; workdayEnd?: string | null; defaultSlaDays?: number; defaultSlaUnit?: SlaUnit };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const profile = async (): Promise<Profile> => ((await strapi.db.query('plugin::wasl.association-profile').findOne({})) ?? {}) as Profile;

  return {
    async load(): Promise<WorkingCalendar> {
      const [p, holidays] = await Promise.all([
        profile(),
        strapi.db.query('plugin::wasl.holiday').findMany({ select: ['startDate', 'endDate'], orderBy: { startDate: 'asc' } }) as Promise<{ startDate: string; endDate: string }[]>,
      ]);
      return {
        weekendDays: Array.isArray(p.weekendDays) ? p.weekendDays : DEFAULT_CALENDAR.weekendDays,
        workdayStart: p.workdayStart ?? DEFAULT_CALENDAR.workdayStart,
        workdayEnd: p.workdayEnd ?? DEFAULT_CALENDAR.workdayEnd,
        holidays,
      };
    },

    /** The service's own deadline, else the association's default (H7 differs per association). */
    async slaFor(service: { slaDays?: number | null; slaUnit?: SlaUnit | null }): Promise<SlaSetting> {
      const p = await profile();
      return { days: service.slaDays ?? p.defaultSlaDays ?? 15, unit: service.slaUnit ?? p.defaultSlaUnit ?? 'working_days' };
    },
  };
};
