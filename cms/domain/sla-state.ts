/**
 * H7: where a deadline stands, derived from the record's event log and today's calendar, never from
 * a stored counter. Replaying the events again after an admin changes the holidays or the weekend
 * re-times every open deadline; the clock pauses while the request waits on the beneficiary and
 * keeps the days already used. Pure: the same replay serves service requests and complaints.
 */
import { computeDueAt, daysUsed, monthSpanDays, type SlaUnit, type WorkingCalendar } from './sla-calendar';

export type SlaSetting = { days: number; unit: SlaUnit };
export type ClockEvent = { toStatus: string; at: Date };
/** Which states run the clock, stop it for good (answered or withdrawn), pause it, or precede it. */
export type ClockRules = {
  running: readonly string[];
  stopping: readonly string[];
  paused: readonly string[];
  notStarted: readonly string[];
};

export type SlaClock = {
  /** When the clock first started (the request became complete). */
  startedAt: Date | null;
  /** Days used in earlier runs, before the latest pause. */
  usedDays: number;
  /** The deadline of the current or last run. */
  dueAt: Date | null;
  running: boolean;
  /** When the answer was given; null while open. */
  stoppedAt: Date | null;
};

export const SLA_STATES = ['not_started', 'on_time', 'due_soon', 'overdue', 'paused', 'met', 'missed', 'none'] as const;
export type SlaState = (typeof SLA_STATES)[number];

const resume = (clock: SlaClock, at: Date, setting: SlaSetting, calendar: WorkingCalendar): SlaClock => {
  // HRF-H7: a month deadline paused once resumes as the calendar days its month had left.
  const resumed: SlaSetting =
    setting.unit === 'month' && clock.startedAt
      ? { days: monthSpanDays(clock.startedAt, setting.days), unit: 'calendar_days' }
      : setting;
  const remaining = resumed.days - clock.usedDays;
  // A deadline already spent before the pause stays spent: resuming does not buy more time.
  const dueAt =
    remaining >= 1
      ? computeDueAt(at, remaining, resumed.unit, calendar)
      : (clock.dueAt ?? computeDueAt(at, 1, resumed.unit, calendar));
  return { ...clock, startedAt: clock.startedAt ?? at, dueAt, running: true };
};

/** Replays the status history (oldest first) into the clock's state. */
export const replayClock = (
  events: readonly ClockEvent[],
  setting: SlaSetting,
  calendar: WorkingCalendar,
  rules: ClockRules,
): SlaClock => {
  let clock: SlaClock = { startedAt: null, usedDays: 0, dueAt: null, running: false, stoppedAt: null };
  let runStartedAt: Date | null = null;
  for (const event of events) {
    if (clock.stoppedAt) break;
    const runs = rules.running.includes(event.toStatus);
    if (runs && !clock.running) {
      clock = resume(clock, event.at, setting, calendar);
      runStartedAt = event.at;
    } else if (!runs && clock.running && runStartedAt) {
      if (rules.stopping.includes(event.toStatus)) clock = { ...clock, running: false, stoppedAt: event.at };
      else
        clock = {
          ...clock,
          running: false,
          usedDays: clock.usedDays + daysUsed(runStartedAt, event.at, setting.unit, calendar),
        };
      runStartedAt = null;
    }
  }
  return clock;
};

export type SlaView = { status: string; dueAt: Date | null; completedAt: Date | null; slaMet: boolean | null };

/**
 * The flag a queue shows. `dueSoonBefore` is the instant before which a running deadline counts as
 * due soon (the end of the working day N working days from now, computed by the caller).
 */
export const slaStateOf = (view: SlaView, rules: ClockRules, now: Date, dueSoonBefore: Date): SlaState => {
  if (rules.running.includes(view.status)) {
    if (!view.dueAt) return 'on_time';
    if (view.dueAt.getTime() < now.getTime()) return 'overdue';
    return view.dueAt.getTime() <= dueSoonBefore.getTime() ? 'due_soon' : 'on_time';
  }
  if (view.slaMet === true) return 'met';
  if (view.slaMet === false) return 'missed';
  if (view.completedAt && rules.paused.includes(view.status)) return 'paused';
  if (!view.completedAt && rules.notStarted.includes(view.status)) return 'not_started';
  return 'none';
};
