/**
 * Compensation for harm (C1–C4, HRF "first", ESR "ث"). A claim is settled with compensation only when
 * each of C1 (the association failed an obligation, due care or a professional standard), C2 (it caused
 * the harm directly) and C3 (proof) is established, each with evidence: minutes of the investigation
 * and follow-up committee — dated, approved by its members, stating the harm, its size and its causes —
 * or a final ruling of the competent authority. An unmet condition is data (`unmet`), not an exception.
 * Pure: the server loads the evidence facts; this module judges them.
 */
export const CONDITIONS = ['C1', 'C2', 'C3'] as const;
export type Condition = (typeof CONDITIONS)[number];

export type MinutesEvidence = {
  kind: 'committee_minutes';
  committeeType: string | null;
  meetingAt: string | null;
  /** Every required member approved the minutes (cms/domain/committee-minutes: status minutes_approved). */
  approved: boolean;
  harm: string | null;
  size: string | null;
  causes: string | null;
};

export type RulingEvidence = {
  kind: 'final_ruling';
  hasDocument: boolean;
  authority: string | null;
  issuedAt: string | null;
  final: boolean;
};

export type ConditionRecord = { established: boolean; evidence: MinutesEvidence | RulingEvidence | null };

export type UnmetCode =
  | 'NOT_ESTABLISHED'
  | 'NO_EVIDENCE'
  | 'MINUTES_NOT_FOLLOW_UP'
  | 'MINUTES_UNDATED'
  | 'MINUTES_NOT_APPROVED'
  | 'MINUTES_INCOMPLETE'
  | 'RULING_NOT_FINAL';

export type UnmetCondition = { condition: Condition; code: UnmetCode; ar: string; en: string };

const CONDITION_LABELS: Record<Condition, { ar: string; en: string }> = {
  C1: {
    ar: 'إخلال الجمعية بالتزاماتها التعاقدية أو بواجب العناية أو بالمعايير المهنية المعتمدة',
    en: 'the association failed its contractual obligations, due care or approved professional standards',
  },
  C2: { ar: 'تسبب الجمعية المباشر في الضرر', en: 'the association directly caused the harm' },
  C3: {
    ar: 'ثبوت الضرر بإقرار الجمعية أو بحكم نهائي',
    en: 'the harm is proven by the association’s admission or a final ruling',
  },
};

const REASONS: Record<UnmetCode, { ar: string; en: string }> = {
  NOT_ESTABLISHED: { ar: 'لم يثبت الشرط', en: 'the condition is not established' },
  NO_EVIDENCE: {
    ar: 'لا يوجد دليل: محضر لجنة التحقيق والمتابعة أو حكم نهائي',
    en: 'no evidence: minutes of the investigation and follow-up committee or a final ruling',
  },
  MINUTES_NOT_FOLLOW_UP: {
    ar: 'المحضر ليس من لجنة التحقيق والمتابعة',
    en: 'the minutes are not of the investigation and follow-up committee',
  },
  MINUTES_UNDATED: { ar: 'المحضر غير مؤرخ', en: 'the minutes are not dated' },
  MINUTES_NOT_APPROVED: {
    ar: 'المحضر غير معتمد من جميع أعضاء اللجنة',
    en: 'the minutes are not approved by all the committee members',
  },
  MINUTES_INCOMPLETE: {
    ar: 'المحضر لا يبين الضرر وحجمه وأسبابه',
    en: 'the minutes do not state the harm, its size and its causes',
  },
  RULING_NOT_FINAL: {
    ar: 'الحكم ليس نهائياً أو لا يحمل جهة وتاريخاً ومستنداً',
    en: 'the ruling is not final or lacks its authority, date or document',
  },
};

const filled = (text: string | null): boolean => typeof text === 'string' && text.trim() !== '';

/** C3 (ESR): what a piece of evidence lacks, or null when it proves. */
export const evidenceFault = (evidence: ConditionRecord['evidence']): UnmetCode | null => {
  if (!evidence) return 'NO_EVIDENCE';
  if (evidence.kind === 'final_ruling') {
    return evidence.final && evidence.hasDocument && filled(evidence.authority) && filled(evidence.issuedAt)
      ? null
      : 'RULING_NOT_FINAL';
  }
  if (evidence.committeeType !== 'follow_up') return 'MINUTES_NOT_FOLLOW_UP';
  if (!filled(evidence.meetingAt)) return 'MINUTES_UNDATED';
  if (!evidence.approved) return 'MINUTES_NOT_APPROVED';
  if (![evidence.harm, evidence.size, evidence.causes].every(filled)) return 'MINUTES_INCOMPLETE';
  return null;
};

const unmetOf = (condition: Condition, code: UnmetCode): UnmetCondition => ({
  condition,
  code,
  ar: `${condition} (${CONDITION_LABELS[condition].ar}): ${REASONS[code].ar}`,
  en: `${condition} (${CONDITION_LABELS[condition].en}): ${REASONS[code].en}`,
});

/** C1–C3: whether compensation may be settled, and every unmet condition with its reason in both languages. */
export const explainSettlement = (
  records: Partial<Record<Condition, ConditionRecord>>,
): { settleable: boolean; unmet: UnmetCondition[] } => {
  const unmet: UnmetCondition[] = [];
  for (const condition of CONDITIONS) {
    const record = records[condition];
    if (!record?.established) {
      unmet.push(unmetOf(condition, 'NOT_ESTABLISHED'));
      continue;
    }
    const fault = evidenceFault(record.evidence);
    if (fault) unmet.push(unmetOf(condition, fault));
  }
  return { settleable: unmet.length === 0, unmet };
};

export const CLAIM_STATUSES = ['open', 'investigating', 'negotiating', 'settled', 'rejected', 'closed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
/** States in which conditions and negotiation may still be recorded. */
export const OPEN_CLAIM_STATUSES: readonly ClaimStatus[] = ['open', 'investigating', 'negotiating'];

export const CLAIM_STEPS = ['open', 'condition', 'negotiate', 'settle', 'close'] as const;
export type ClaimStep = (typeof CLAIM_STEPS)[number];

/**
 * Who may do what: the follow-up committee investigates (C3) and negotiates (C4); paying compensation
 * is senior management's decision (segregation of duties, P1).
 */
export const CLAIM_STEP_ROLES: Record<ClaimStep, readonly string[]> = {
  open: ['follow_up_committee', 'manager'],
  condition: ['follow_up_committee'],
  negotiate: ['follow_up_committee', 'manager'],
  settle: ['manager'],
  close: ['follow_up_committee', 'manager'],
};

export type ClaimStepCheck = { ok: true } | { ok: false; code: 'ROLE_NOT_ALLOWED' | 'TRANSITION_NOT_ALLOWED' };

export const checkClaimStep = (step: Exclude<ClaimStep, 'open'>, status: ClaimStatus, role: string): ClaimStepCheck => {
  if (!OPEN_CLAIM_STATUSES.includes(status)) return { ok: false, code: 'TRANSITION_NOT_ALLOWED' };
  return CLAIM_STEP_ROLES[step].includes(role) ? { ok: true } : { ok: false, code: 'ROLE_NOT_ALLOWED' };
};
