/**
 * Demo service requests in every state of DESIGN.md's journey, each with its status history,
 * attestation (H5), due date from the working-day calendar (H7) and, once decided, the committee's
 * agenda item, votes and decision (H6).
 */
import { computeDueAt, type SlaUnit } from '../domain/sla-calendar';
import { voteKey } from '../services/committee';
import { insert, stepTimes, workingInstant, type Row, type SeedContext } from './context';
import type { DemoBeneficiary } from './people';

type Status =
  | 'received'
  | 'incomplete'
  | 'complete'
  | 'in_research'
  | 'in_committee'
  | 'approved'
  | 'rejected'
  | 'registered'
  | 'delivered'
  | 'closed'
  | 'withdrawn';

/** How many demo requests end in each state. */
const FINAL_STATES: [Status, number][] = [
  ['received', 10],
  ['incomplete', 12],
  ['complete', 8],
  ['in_research', 14],
  ['in_committee', 14],
  ['approved', 6],
  ['rejected', 10],
  ['registered', 6],
  ['delivered', 10],
  ['closed', 40],
  ['withdrawn', 6],
];

const PATHS: Record<Status, Status[]> = {
  received: ['received'],
  incomplete: ['received', 'incomplete'],
  complete: ['received', 'complete'],
  in_research: ['received', 'complete', 'in_research'],
  in_committee: ['received', 'complete', 'in_research', 'in_committee'],
  approved: ['received', 'complete', 'in_research', 'in_committee', 'approved'],
  rejected: ['received', 'complete', 'in_research', 'in_committee', 'rejected'],
  registered: ['received', 'complete', 'in_research', 'in_committee', 'approved', 'registered'],
  delivered: ['received', 'complete', 'in_research', 'in_committee', 'approved', 'registered', 'delivered'],
  closed: ['received', 'complete', 'in_research', 'in_committee', 'approved', 'registered', 'delivered', 'closed'],
  withdrawn: ['received', 'withdrawn'],
};

const NOTES: Partial<Record<Status, string>> = {
  incomplete: 'نقص في المستندات: أُبلغ المستفيد بالمطلوب قبل مغادرته',
  complete: 'اكتمل الطلب ووقّع المستفيد الإقرار بصحة البيانات',
  in_research: 'أحيل إلى مسؤول البحث الاجتماعي',
  in_committee: 'رُفع تقرير البحث الاجتماعي إلى اللجنة',
  approved: 'وافقت اللجنة على الطلب',
  rejected: 'لم تنطبق شروط الخدمة',
  registered: 'استُكملت إجراءات التسجيل',
  delivered: 'قُدمت الخدمة للمستفيد',
  closed: 'أُغلق الطلب بعد تقييم الخدمة',
  withdrawn: 'سحب المستفيد طلبه',
};

const ACTOR: Record<Status, 'reception_officer' | 'social_researcher' | 'committee_member'> = {
  received: 'reception_officer',
  incomplete: 'reception_officer',
  complete: 'reception_officer',
  in_research: 'reception_officer',
  in_committee: 'social_researcher',
  approved: 'committee_member',
  rejected: 'committee_member',
  registered: 'reception_officer',
  delivered: 'reception_officer',
  closed: 'reception_officer',
  withdrawn: 'reception_officer',
};

export type SeedService = Row & {
  key: string;
  requiredDocuments: { key: string }[];
  slaDays: number | null;
  slaUnit: SlaUnit | null;
  committeeId: number;
};

/** A service the beneficiary could plausibly ask for (YSR-E2/E3 are for women). */
const serviceFor = (ctx: SeedContext, person: DemoBeneficiary, services: SeedService[]): SeedService => {
  const open = services.filter(
    (s) => person.gender === 'female' || !['awareness-meetings', 'skills-programmes'].includes(s.key),
  );
  const fitting = open.filter(
    (s) => s.key !== 'skills-programmes' || ['divorced', 'widowed'].includes(person.socialStatus),
  );
  return ctx.random.pick(fitting);
};

const REFERRAL: Record<string, string> = { 'shaml-centre': 'court', 'family-protection': 'center_1919' };
/**
 * P1: the confidential services' cases (cms/seed/yusr.ts), received by the front desk and assigned to the
 * manager, so the researcher, the contact officer and the follow-up committee are on none of them.
 */
const CONFIDENTIAL_CASE: Record<string, string> = {
  'shaml-centre': 'طلب تنفيذ حكم حضانة - سري',
  'family-protection': 'بلاغ عنف أسري - سري',
};

type Meeting = { id: number; decidedCount: number };

export const seedRequests = async (
  ctx: SeedContext,
  people: { row: Row; person: DemoBeneficiary; branchId: number }[],
  services: SeedService[],
  defaults: { slaDays: number; slaUnit: SlaUnit },
  nextTracking: (at: Date) => Promise<string>,
) => {
  const meetings = new Map<string, Meeting>();
  let requests = 0;
  let events = 0;
  for (const [finalState, count] of FINAL_STATES) {
    for (let n = 0; n < count; n += 1) {
      const { row: beneficiary, person, branchId } = ctx.random.pick(people);
      const service = serviceFor(ctx, person, services);
      const path = PATHS[finalState];
      const receivedAt = workingInstant(ctx, ctx.random.int(finalState === 'closed' ? 30 : 1, 85));
      const times = [receivedAt, ...stepTimes(ctx, receivedAt, path.length - 1)];
      const at = (status: Status) => times[path.indexOf(status)] ?? null;
      const completedAt = at('complete');
      const decidedAt = at('approved') ?? at('rejected');
      const slaDays = service.slaDays ?? defaults.slaDays;
      const documents = service.requiredDocuments.map((d) => d.key);
      const dueAt = completedAt
        ? computeDueAt(completedAt, slaDays, service.slaUnit ?? defaults.slaUnit, ctx.calendar)
        : null;
      const request = await insert(ctx, 'service-request', {
        trackingNumber: await nextTracking(receivedAt),
        beneficiary: beneficiary.id,
        service: service.id,
        branch: branchId,
        channel: ctx.random.pick([
          'in_person',
          'in_person',
          'phone',
          'website',
          'branch_representative',
          'help_request',
        ]),
        status: finalState,
        version: path.length,
        receivedAt,
        completedAt,
        dueAt,
        decidedAt,
        // H7: judged when the committee answered.
        slaMet: decidedAt && dueAt ? decidedAt.getTime() <= dueAt.getTime() : null,
        closedAt: at('closed'),
        documentsProvided:
          finalState === 'incomplete' || finalState === 'received' ? documents.slice(0, -1) : documents,
        interviewPassed: service.key === 'skills-programmes' ? Boolean(completedAt) : null,
        referralSource: REFERRAL[service.key] ?? 'self',
        registeredOnline: true,
        receivedBy: ctx.staff.reception_officer,
        ...(CONFIDENTIAL_CASE[service.key]
          ? { summary: CONFIDENTIAL_CASE[service.key], assignedTo: ctx.staff.manager }
          : {}),
      });
      requests += 1;
      for (let i = 0; i < path.length; i += 1) {
        await insert(ctx, 'request-event', {
          request: request.id,
          fromStatus: i === 0 ? null : path[i - 1],
          toStatus: path[i],
          actor: ctx.staff[ACTOR[path[i]]],
          actorRole: ACTOR[path[i]],
          at: times[i],
          note: NOTES[path[i]] ?? null,
        });
        events += 1;
      }
      if (completedAt) await seedAttestation(ctx, beneficiary.id, request.id, completedAt);
      if (decidedAt)
        await seedDecision(ctx, meetings, service.committeeId, request.id, path.includes('approved'), decidedAt);
    }
  }
  return { requests, events, meetings: meetings.size };
};

const seedAttestation = (ctx: SeedContext, beneficiary: number, request: number, attestedAt: Date) =>
  insert(ctx, 'attestation', {
    request,
    beneficiary,
    method: 'witnessed_checkbox',
    statementAr: 'أقر بأن جميع البيانات والمستندات المقدمة صحيحة، وأنني مسؤول مسؤولية مباشرة عن صحتها.',
    attestedAt,
    witness: ctx.staff.reception_officer,
    recordedBy: ctx.staff.reception_officer,
  });

/** One meeting per committee per week; each decided request is an agenda item with the members' votes. */
const seedDecision = async (
  ctx: SeedContext,
  meetings: Map<string, Meeting>,
  committee: number,
  request: number,
  approved: boolean,
  decidedAt: Date,
) => {
  const week = Math.floor(decidedAt.getTime() / (7 * 86_400_000));
  const key = `${committee}:${week}`;
  let meeting = meetings.get(key);
  if (!meeting) {
    const number = [...meetings.keys()].filter((k) => k.startsWith(`${committee}:`)).length + 1;
    const members = ctx.committee;
    const row = await insert(ctx, 'committee-meeting', {
      committee,
      number,
      meetingAt: decidedAt,
      location: 'قاعة الاجتماعات - المقر الرئيسي',
      status: 'minutes_approved',
      minutesAr: `محضر اجتماع اللجنة رقم ${number}: دراسة الطلبات المحالة واتخاذ القرار بشأنها.`,
      minutesApprovals: members.map((userId) => ({ userId, approvedAt: decidedAt.toISOString() })),
      attendees: members,
    });
    meeting = { id: row.id, decidedCount: 0 };
    meetings.set(key, meeting);
  }
  meeting.decidedCount += 1;
  const item = await insert(ctx, 'agenda-item', {
    meeting: meeting.id,
    itemType: 'request',
    request,
    position: meeting.decidedCount,
    status: 'decided',
  });
  const choice = approved ? 'approve' : 'reject';
  for (const member of ctx.committee) {
    await insert(ctx, 'vote', {
      agendaItem: item.id,
      request,
      member,
      choice,
      castAt: decidedAt,
      uniqueKey: voteKey(request, member),
      reason: approved ? null : 'لا تنطبق شروط الخدمة',
    });
  }
  await insert(ctx, 'decision', {
    agendaItem: item.id,
    request,
    outcome: approved ? 'approved' : 'rejected',
    reasonsAr: approved
      ? 'استيفاء شروط الخدمة والمستندات المطلوبة'
      : 'عدم انطباق شروط الاستحقاق الواردة في دليل الخدمة',
    decidedAt,
    approveCount: approved ? ctx.committee.length : 0,
    rejectCount: approved ? 0 : ctx.committee.length,
    abstainCount: 0,
    quorumMet: true,
  });
};
