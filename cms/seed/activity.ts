/**
 * The association's daily life in the demo: complaints, inquiries and suggestions from every channel
 * (CM1, ALL-CH) with their follow-up log, 90 days of visitor counts per branch (MC1), satisfaction
 * responses (S1), field inspections (MC7), appointments (MC6), contact officers (I1), stakeholders.
 */
import crypto from 'crypto';
import { computeDueAt, isWorkingDay } from '../domain/sla-calendar';
import { hijriYear, riyadhDateKey } from '../domain/hijri';
import type { TrackingKind } from '../domain/tracking-number';
import { insert, stepTimes, workingInstant, type Row, type SeedContext } from './context';
import type { DemoBeneficiary } from './people';
import { YUSR_CHANNELS } from './lists';
import { officialKeyOf } from '../domain/appointment-slot';

const SUBJECTS: Record<'complaint' | 'inquiry' | 'suggestion', [string, string, string][]> = {
  complaint: [
    ['delay', 'تأخر الرد على طلب الاستشارة', 'قدمت طلب استشارة أسرية منذ أسبوعين ولم يتم التواصل معي حتى الآن.'],
    [
      'staff_conduct',
      'أسلوب التعامل في الاستقبال',
      'لم أجد التعامل المناسب عند مراجعتي لمكتب الاستقبال، وأرجو متابعة الموضوع.',
    ],
    ['service_quality', 'جودة البرنامج التدريبي', 'البرنامج المهاري لم يكن بالمستوى المتوقع من حيث المحتوى والتنظيم.'],
    ['facilities', 'صعوبة الوصول إلى مقر الجمعية', 'لا توجد مواقف كافية ولا لوحات إرشادية واضحة عند المقر.'],
    ['eligibility', 'رفض طلب دون توضيح السبب', 'تم رفض طلبي لخدمة البرامج المهارية ولم يوضح لي سبب الرفض.'],
  ],
  inquiry: [
    ['information', 'شروط خدمة البرامج المهارية', 'ما هي شروط التسجيل في البرامج المهارية للمطلقات والأرامل؟'],
    ['information', 'مواعيد اللقاءات التوعوية', 'متى يبدأ اللقاء التوعوي القادم وكيف يمكنني التسجيل؟'],
    [
      'technical_support',
      'تعذر التسجيل عبر الرابط الإلكتروني',
      'يظهر لي خطأ عند التسجيل في رابط الخدمة على موقع الجمعية.',
    ],
    ['information', 'متابعة طلب سابق', 'أرغب في معرفة حالة طلبي المقدم لمركز شمل.'],
  ],
  suggestion: [
    [
      'service_quality',
      'إتاحة الاستشارات عن بعد',
      'أقترح إتاحة الاستشارات الأسرية عبر الاتصال المرئي لمن يصعب عليهم الحضور.',
    ],
    ['facilities', 'ركن للأطفال في الاستقبال', 'أقترح تخصيص ركن للأطفال في صالة الانتظار.'],
  ],
};

// ALL-CH: the demo's complaints come through the channels Yusr has enabled.
const CHANNELS = YUSR_CHANNELS;
const STATES = [
  'received',
  'assigned',
  'in_progress',
  'awaiting_complainant',
  'resolved',
  'closed',
  'closed',
  'closed',
  'reopened',
] as const;
const KIND: Record<string, TrackingKind> = { complaint: 'complaint', inquiry: 'inquiry', suggestion: 'suggestion' };

export const seedComplaints = async (
  ctx: SeedContext,
  people: { row: Row; person: DemoBeneficiary; branchId: number }[],
  complaintSlaDays: number,
  nextTracking: (kind: TrackingKind, at: Date) => Promise<string>,
) => {
  let complaints = 0;
  let actions = 0;
  for (let n = 0; n < 72; n += 1) {
    const kind = ctx.random.pick(['complaint', 'complaint', 'complaint', 'inquiry', 'inquiry', 'suggestion'] as const);
    const [category, subject, description] = ctx.random.pick(SUBJECTS[kind]);
    const channel = CHANNELS[n % CHANNELS.length];
    const anonymous = channel === 'website' && ctx.random.chance(0.4);
    const { row, person, branchId } = ctx.random.pick(people);
    const status = ctx.random.pick(STATES);
    const receivedAt = workingInstant(ctx, ctx.random.int(0, 80));
    const [assignedAt, resolvedAt, closedAt] = stepTimes(ctx, receivedAt, 3);
    const done = status === 'resolved' || status === 'closed';
    const complaint = await insert(ctx, 'complaint', {
      trackingNumber: await nextTracking(KIND[kind], receivedAt),
      kind,
      channel,
      category,
      status,
      subject,
      description,
      anonymous,
      version: 1,
      complainantName: anonymous ? null : person.fullNameAr,
      complainantPhone: anonymous ? null : person.phone,
      complainantEmail: anonymous ? null : person.email,
      beneficiary: anonymous ? null : row.id,
      branch: branchId,
      department: category === 'technical_support' ? 'تقنية المعلومات' : 'علاقات المستفيدين',
      assignedTo: status === 'received' ? null : ctx.staff.follow_up_committee,
      receivedBy: channel === 'website' ? null : ctx.staff.reception_officer,
      receivedAt,
      dueAt: computeDueAt(receivedAt, complaintSlaDays, 'working_days', ctx.calendar),
      resolvedAt: done ? resolvedAt : null,
      closedAt: status === 'closed' ? closedAt : null,
      resolution: done ? 'تم التواصل مع المستفيد ومعالجة الملاحظة مع القسم المختص.' : null,
      amicableSettlement: done && kind === 'complaint',
      satisfaction: status === 'closed' ? ctx.random.int(3, 5) : null,
    });
    complaints += 1;
    if (status === 'received') continue;
    const log: [string, string, Date][] = [
      ['assignment', 'أحيلت إلى لجنة المتابعة', assignedAt],
      ['call_made', 'تم الاتصال بالمستفيد لاستيضاح التفاصيل', resolvedAt],
    ];
    if (done) log.push(['public_reply', 'نشكر تواصلكم، تمت معالجة ملاحظتكم مع القسم المختص.', resolvedAt]);
    for (const [actionKind, body, at] of log) {
      await insert(ctx, 'complaint-action', {
        complaint: complaint.id,
        kind: actionKind,
        body,
        actor: ctx.staff.follow_up_committee,
        at,
      });
      actions += 1;
    }
  }
  return { complaints, complaintActions: actions };
};

const PURPOSES = ['inquiry', 'service_request', 'complaint', 'follow_up', 'appointment', 'support_service'];

/** Most walk-ins are served on the spot; some are referred, booked for later, or leave before their turn. */
const visitOutcome = (ctx: SeedContext, purpose: string): string => {
  if (purpose === 'appointment') return 'served';
  const roll = ctx.random.int(1, 20);
  if (roll <= 14) return 'served';
  if (roll <= 16) return 'referred';
  if (roll <= 19) return 'appointment_booked';
  return 'left_without_service';
};

/** MC1: the visitor count of every working day of the last 90 days, per branch and purpose. */
export const seedVisits = async (ctx: SeedContext, branchIds: number[]) => {
  let rows = 0;
  let visitors = 0;
  for (let daysAgo = 90; daysAgo >= 0; daysAgo -= 1) {
    const day = new Date(ctx.now.getTime() - daysAgo * 86_400_000);
    const visitDate = new Date(day.getTime() + 3 * 3600_000).toISOString().slice(0, 10);
    if (!isWorkingDay(new Date(`${visitDate}T00:00:00Z`), ctx.calendar)) continue;
    for (const [index, branch] of branchIds.entries()) {
      for (const purpose of PURPOSES) {
        if (!ctx.random.chance(0.7)) continue;
        const count = ctx.random.int(1, index === 0 ? 14 : 6);
        await insert(ctx, 'visit', {
          visitDate,
          branch,
          count,
          purpose,
          channel: purpose === 'appointment' ? 'appointment' : 'walk_in',
          outcome: visitOutcome(ctx, purpose),
          recordedBy: ctx.staff.reception_officer,
        });
        rows += 1;
        visitors += count;
      }
    }
  }
  return { visitRows: rows, visitors };
};

const likert = (key: string, labelAr: string, labelEn: string, required = true) => ({
  key,
  kind: 'likert' as const,
  labelAr,
  labelEn,
  required,
});
const option = (key: string, labelAr: string, labelEn: string) => ({ key, labelAr, labelEn });

/** YSR-E1, ALL-SAT: "تقييم الخدمة بعد الحصول عليها", for improvement, never to punish (Yusr's policy). */
const POST_SERVICE_QUESTIONS = [
  likert('overall', 'ما مدى رضاك العام عن الخدمة المقدمة؟', 'Overall, how satisfied are you with the service?'),
  likert('clarity', 'وضوح الإجراءات والمتطلبات', 'Clarity of the procedures and requirements'),
  likert('speed', 'إنجاز الطلب في الموعد المحدد', 'The request was completed within the set time', false),
  likert('courtesy', 'حسن التعامل واحترام الخصوصية', 'Courtesy and respect for privacy', false),
  {
    key: 'heard_from',
    kind: 'choice' as const,
    labelAr: 'كيف عرفت بالخدمة؟',
    labelEn: 'How did you hear about the service?',
    required: false,
    options: [
      option('website', 'موقع الجمعية', 'The association’s website'),
      option('social_media', 'وسائل التواصل الاجتماعي', 'Social media'),
      option('relative', 'قريب أو صديق', 'A relative or a friend'),
      option('branch', 'زيارة الفرع', 'A visit to the branch'),
    ],
  },
  {
    key: 'suggestions',
    kind: 'text' as const,
    labelAr: 'ملاحظاتك ومقترحاتك للتطوير والتحسين',
    labelEn: 'Your remarks and suggestions for improvement',
    required: false,
  },
];

/** S1: "رفع استبانة قياس الرضا بشكل دوري" — the periodic questionnaire about the association as a whole. */
const PERIODIC_QUESTIONS = [
  likert(
    'overall',
    'ما مدى رضاك العام عن خدمات الجمعية؟',
    'Overall, how satisfied are you with the association’s services?',
  ),
  likert(
    'reach',
    'سهولة التواصل مع الجمعية عبر القنوات المتاحة',
    'Ease of reaching the association through its channels',
  ),
  likert(
    'information',
    'وضوح المعلومات عن الخدمات وشروطها',
    'Clarity of the information about services and their conditions',
  ),
  {
    key: 'recommend',
    kind: 'choice' as const,
    labelAr: 'هل توصي غيرك بخدمات الجمعية؟',
    labelEn: 'Would you recommend the association’s services to others?',
    required: true,
    options: [option('yes', 'نعم', 'Yes'), option('maybe', 'ربما', 'Maybe'), option('no', 'لا', 'No')],
  },
  {
    key: 'suggestions',
    kind: 'text' as const,
    labelAr: 'ما الذي تقترحه لتطوير خدمات الجمعية؟',
    labelEn: 'What would you suggest to improve the association’s services?',
    required: false,
  },
];

const INTRO_AR =
  'تقييم جودة الخدمة حق من حقوق المستفيد، وهو أداة للتقويم والتطوير لا للعقاب والتشهير. إجاباتكم تساعدنا على رفع جودة الخدمة والتحسين المستمر.';
const INTRO_EN =
  'Rating the service is your right: it is a tool for evaluation and improvement, never for punishment or shaming. Your answers help us keep improving.';

const SUGGESTIONS = [
  'أتمنى توفير مواعيد مسائية',
  'الإجراءات واضحة وشكراً لكم',
  'نرجو تقليل المستندات المطلوبة',
  'أقترح إرسال تذكير قبل الموعد',
];

/** A hash nobody holds the token of: the demo's invitations were "sent" before this database existed. */
const demoTokenHash = () => crypto.createHash('sha256').update(crypto.randomBytes(32)).digest('hex');

const HOUR = 3_600_000;

type Served = {
  request: number;
  beneficiary: number;
  /** Whether the beneficiary has an e-mail address: only then does a link go out (YSR-E1). */
  email: boolean;
  service: number | null;
  branch: number | null;
  at: Date;
};

/**
 * S1, YSR-E1, ALL-SAT: a post-service questionnaire per service, one periodic questionnaire, the invitations
 * sent after each delivered request (most answered) and a periodic campaign with some answers.
 */
export const seedSurveys = async (
  ctx: SeedContext,
  services: { id: number; key: string; nameAr: string; nameEn: string }[],
  served: Served[],
  campaign: { beneficiary: number; branch: number | null }[],
) => {
  const postService = new Map<number, number>();
  for (const service of services) {
    const survey = await insert(ctx, 'survey', {
      key: `post-service-${service.key}`,
      titleAr: `استبانة رضا المستفيد بعد خدمة «${service.nameAr}»`,
      titleEn: `Satisfaction after “${service.nameEn}”`,
      introAr: INTRO_AR,
      introEn: INTRO_EN,
      kind: 'post_service',
      service: service.id,
      questions: POST_SERVICE_QUESTIONS,
      active: true,
    });
    postService.set(service.id, survey.id);
  }
  const periodic = await insert(ctx, 'survey', {
    key: 'periodic-1448',
    titleAr: 'استبانة قياس رضا المستفيدين الدورية ١٤٤٨هـ',
    titleEn: 'Periodic beneficiary satisfaction survey 1448',
    introAr: INTRO_AR,
    introEn: INTRO_EN,
    kind: 'periodic',
    questions: PERIODIC_QUESTIONS,
    active: true,
  });
  let responses = 0;
  let invitations = 0;
  const DAY_MS = 24 * HOUR;
  for (const { request, beneficiary, email, service, branch, at } of served) {
    const survey = service ? postService.get(service) : undefined;
    if (!survey) continue;
    // By e-mail a one-time link (most answer it); otherwise staff ask on a call and record the answers (S4).
    const answered = ctx.random.chance(email ? 0.7 : 0.5);
    const submittedAt = new Date(Math.min(at.getTime() + ctx.random.int(1, 48) * HOUR, ctx.now.getTime()));
    if (email) {
      await insert(ctx, 'survey-invitation', {
        survey,
        request,
        beneficiary,
        channel: 'email',
        sentAt: at,
        expiresAt: new Date(at.getTime() + 30 * DAY_MS),
        usedAt: answered ? submittedAt : null,
        tokenHash: demoTokenHash(),
        dedupeKey: `request:${request}:survey:${survey}`,
      });
      invitations += 1;
    }
    if (!answered) continue;
    const answers: Record<string, number | string> = {};
    for (const q of POST_SERVICE_QUESTIONS)
      if (q.kind === 'likert' && (q.required || ctx.random.chance(0.8))) answers[q.key] = ctx.random.int(2, 5);
    if (ctx.random.chance(0.6)) answers.heard_from = ctx.random.pick(['website', 'social_media', 'relative', 'branch']);
    if (ctx.random.chance(0.3)) answers.suggestions = ctx.random.pick(SUGGESTIONS);
    const likerts = Object.values(answers).filter((v): v is number => typeof v === 'number');
    await insert(ctx, 'survey-response', {
      survey,
      request,
      beneficiary,
      service,
      branch,
      answers,
      score: Math.round((likerts.reduce((sum, v) => sum + v, 0) / likerts.length) * 100) / 100,
      channel: email ? 'website' : 'phone',
      submittedAt,
    });
    responses += 1;
  }
  const period = `${hijriYear(ctx.now)}-H1`;
  for (const [index, { beneficiary, branch }] of campaign.entries()) {
    const sentAt = new Date(ctx.now.getTime() - 20 * DAY_MS);
    const answered = index % 3 === 0;
    const submittedAt = new Date(sentAt.getTime() + ctx.random.int(1, 10) * DAY_MS);
    await insert(ctx, 'survey-invitation', {
      survey: periodic.id,
      beneficiary,
      channel: 'email',
      campaignPeriod: period,
      sentAt,
      expiresAt: new Date(sentAt.getTime() + 30 * DAY_MS),
      usedAt: answered ? submittedAt : null,
      tokenHash: demoTokenHash(),
      dedupeKey: `campaign:${periodic.id}:${period}:${beneficiary}`,
    });
    invitations += 1;
    if (!answered) continue;
    const answers = {
      overall: ctx.random.int(3, 5),
      reach: ctx.random.int(2, 5),
      information: ctx.random.int(3, 5),
      recommend: ctx.random.pick(['yes', 'yes', 'maybe', 'no']),
    };
    await insert(ctx, 'survey-response', {
      survey: periodic.id,
      beneficiary,
      branch,
      answers,
      score: Math.round(((answers.overall + answers.reach + answers.information) / 3) * 100) / 100,
      channel: 'website',
      submittedAt,
    });
    responses += 1;
  }
  return { surveyInvitations: invitations, surveyResponses: responses };
};

/** The next `n` working days after now (Riyadh), for appointments the calendar accepts (MC6). */
const nextWorkingDays = (ctx: SeedContext, n: number): string[] => {
  const days: string[] = [];
  for (let ahead = 1; days.length < n && ahead < 60; ahead += 1) {
    const day = riyadhDateKey(new Date(ctx.now.getTime() + ahead * 86_400_000));
    if (isWorkingDay(new Date(`${day}T00:00:00Z`), ctx.calendar)) days.push(day);
  }
  return days;
};

const OFFICIALS = [
  { officialName: 'أ. نوال عبدالله القحطاني', officialTitle: 'المدير العام' },
  { officialName: 'د. منيرة فهد العتيبي', officialTitle: 'رئيسة اللجنة المختصة' },
];

/** MC7–MC9, S2, S3: the daily field checklist of the last two weeks, its findings and corrective actions. */
const seedInspections = async (ctx: SeedContext, branchIds: number[]) => {
  for (let daysAgo = 14; daysAgo >= 1; daysAgo -= 1) {
    const date = riyadhDateKey(new Date(ctx.now.getTime() - daysAgo * 86_400_000));
    if (!isWorkingDay(new Date(`${date}T00:00:00Z`), ctx.calendar)) continue;
    const emergency = daysAgo === 6;
    const guidanceGap = daysAgo % 5 === 0;
    const inspection = await insert(ctx, 'field-inspection', {
      inspectionDate: date,
      branch: branchIds[daysAgo % branchIds.length],
      site: 'صالة الاستقبال ومكتب خدمة المستفيدين',
      inspector: daysAgo % 2 ? ctx.staff.follow_up_committee : ctx.staff.manager,
      orderOk: !emergency,
      orderNote: emergency ? 'ازدحام في صالة الانتظار بسبب تعطل نظام الأرقام' : null,
      guidanceClear: !guidanceGap,
      guidanceNote: guidanceGap ? 'لوحة مسار الخدمات عند المدخل غير محدثة' : null,
      workflowOk: true,
      officeOk: true,
      emergency,
      findings: emergency
        ? 'ازدحام في صالة الانتظار بسبب تعطل نظام الأرقام'
        : guidanceGap
          ? 'لوحة مسار الخدمات عند المدخل غير محدثة'
          : 'الوضع العام منتظم واللوحات الإرشادية واضحة',
      correctiveAction: emergency ? 'تنظيم الدور يدوياً وإبلاغ الدعم الفني' : null,
      reportedToManagerAt: emergency ? workingInstant(ctx, daysAgo) : null,
      status: emergency ? 'reported' : guidanceGap ? 'open' : 'closed',
    });
    const gaps: [string, string, string, number][] = [];
    if (emergency)
      gaps.push(['general_order', 'تعطل نظام أرقام الانتظار', 'إصلاح نظام الأرقام مع الدعم الفني', daysAgo - 2]);
    if (guidanceGap)
      gaps.push([
        'service_guidance',
        'لوحة مسار الخدمات غير محدثة',
        'طباعة لوحة محدثة وتعليقها عند المدخل',
        3 - daysAgo,
      ]);
    for (const [item, description, action, dueInDays] of gaps) {
      const finding = await insert(ctx, 'inspection-finding', {
        inspection: inspection.id,
        item,
        description,
        recordedBy: ctx.staff.manager,
      });
      const done = dueInDays < -3;
      await insert(ctx, 'corrective-action', {
        finding: finding.id,
        description: action,
        owner: ctx.staff.reception_officer,
        dueDate: riyadhDateKey(new Date(ctx.now.getTime() + dueInDays * 86_400_000)),
        status: done ? 'done' : 'open',
        doneAt: done ? workingInstant(ctx, daysAgo - 1) : null,
        doneBy: done ? ctx.staff.reception_officer : null,
      });
    }
  }
};

export const seedOffice = async (ctx: SeedContext, branchIds: number[]) => {
  await seedInspections(ctx, branchIds);
  // MC6: inside working hours (10:00 and 11:00 Riyadh) of the coming working days, one official at a time.
  for (const [i, day] of nextWorkingDays(ctx, 4).entries()) {
    const startsAt = new Date(`${day}T${i % 2 ? '07' : '08'}:00:00Z`);
    const official = OFFICIALS[i % 2];
    await insert(ctx, 'appointment', {
      ...official,
      officialKey: officialKeyOf(official.officialName),
      branch: branchIds[0],
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      purpose: 'مراجعة طلب ومتابعة حالة',
      status: 'scheduled',
    });
  }
  await insert(ctx, 'contact-officer-assignment', {
    officer: ctx.staff.contact_officer,
    areaAr: 'الاستشارات الأسرية واللقاءات التوعوية',
    beneficiaryCategory: 'family',
    complaintCategory: 'information',
    active: true,
  });
  await insert(ctx, 'contact-officer-assignment', {
    officer: ctx.staff.contact_officer,
    areaAr: 'برامج المطلقات والأرامل',
    beneficiaryCategory: 'woman',
    complaintCategory: 'technical_support',
    active: true,
  });
  const stakeholders = [
    ['donor', 'مؤسسة الخير المانحة'],
    ['volunteer', 'فريق يسر التطوعي'],
    ['government_body', 'محكمة التنفيذ بجدة'],
    ['government_body', 'مركز البلاغات الموحد ١٩١٩'],
    ['private_partner', 'شركة الرواد للتدريب'],
    ['supplier', 'مؤسسة المطبوعات الحديثة'],
  ];
  for (const [kind, nameAr] of stakeholders) await insert(ctx, 'stakeholder', { kind, nameAr, active: true });
};
