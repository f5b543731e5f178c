/**
 * Questionnaires as data (S1, S4, MC4, ALL-SAT): an administrator writes the questions in the console
 * (Likert 1–5, a choice among options, free text; Arabic and English labels); answers are checked
 * against them here, with no Strapi import, and aggregated for the results.
 *
 * The satisfaction score of a response is the mean of its Likert answers (rounded to 2 decimals).
 * Decided so rather than one "score question": every rating the beneficiary gives counts, nothing has
 * to be flagged (and cannot be forgotten) when a questionnaire is built, and it is what the demo and
 * the statistics roll-ups (`wasl_survey_responses.score`, 1–5) already read. A questionnaire needs at
 * least one required Likert question, so every response has a score.
 */

export const QUESTION_KINDS = ['likert', 'choice', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export type SurveyOption = { key: string; labelAr: string; labelEn: string };
export type SurveyQuestion = {
  key: string;
  kind: QuestionKind;
  labelAr: string;
  labelEn: string;
  required: boolean;
  options?: SurveyOption[];
};
export type AnswerValue = number | string;
export type Answers = Record<string, AnswerValue>;

export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;
export const TEXT_MAX = 2000;

export type AnswerIssue =
  | { field: string; code: 'FIELD_REQUIRED' | 'UNKNOWN_FIELD' | 'FIELD_INVALID_TYPE' }
  | { field: string; code: 'FIELD_OUT_OF_RANGE'; params: { min: number; max: number } }
  | { field: string; code: 'FIELD_INVALID_ENUM'; params: { values: string } }
  | { field: string; code: 'FIELD_TOO_LONG'; params: { max: number } };

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const blank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Checks answers (question key → value) against the questions: required ones present, Likert an integer
 * 1..5, a choice one of the question's option keys, text at most 2000 characters; unknown keys refused.
 * Field paths are `answers.<key>`. Answers left blank on optional questions are dropped.
 */
export const checkAnswers = (
  questions: readonly SurveyQuestion[],
  answers: unknown,
): { ok: true; answers: Answers; score: number } | { ok: false; errors: AnswerIssue[] } => {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    return {
      ok: false,
      errors: [{ field: 'answers', code: blank(answers) ? 'FIELD_REQUIRED' : 'FIELD_INVALID_TYPE' }],
    };
  const given = answers as Record<string, unknown>;
  const known = new Set(questions.map((q) => q.key));
  const errors: AnswerIssue[] = Object.keys(given)
    .filter((key) => !known.has(key))
    .map((key) => ({ field: `answers.${key}`, code: 'UNKNOWN_FIELD' as const }));
  const clean: Answers = {};
  for (const question of questions) {
    const field = `answers.${question.key}`;
    const raw = typeof given[question.key] === 'string' ? (given[question.key] as string).trim() : given[question.key];
    if (blank(raw)) {
      if (question.required) errors.push({ field, code: 'FIELD_REQUIRED' });
      continue;
    }
    if (question.kind === 'likert') {
      if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < LIKERT_MIN || raw > LIKERT_MAX)
        errors.push({ field, code: 'FIELD_OUT_OF_RANGE', params: { min: LIKERT_MIN, max: LIKERT_MAX } });
      else clean[question.key] = raw;
    } else if (question.kind === 'choice') {
      const keys = (question.options ?? []).map((o) => o.key);
      if (typeof raw !== 'string' || !keys.includes(raw))
        errors.push({ field, code: 'FIELD_INVALID_ENUM', params: { values: keys.join(', ') } });
      else clean[question.key] = raw;
    } else if (typeof raw !== 'string') errors.push({ field, code: 'FIELD_INVALID_TYPE' });
    else if (raw.length > TEXT_MAX) errors.push({ field, code: 'FIELD_TOO_LONG', params: { max: TEXT_MAX } });
    else clean[question.key] = raw;
  }
  if (errors.length) return { ok: false, errors };
  const score = scoreOf(questions, clean);
  // A questionnaire always has a required Likert question (cms/validation/survey-body.ts), so this holds.
  if (score === null) return { ok: false, errors: [{ field: 'answers', code: 'FIELD_REQUIRED' }] };
  return { ok: true, answers: clean, score };
};

/** The mean of the Likert answers, rounded to 2 decimals; null when there is none. */
export const scoreOf = (questions: readonly SurveyQuestion[], answers: Answers): number | null => {
  const values = questions
    .filter((q) => q.kind === 'likert' && typeof answers[q.key] === 'number')
    .map((q) => answers[q.key] as number);
  return values.length ? round(values.reduce((a, b) => a + b, 0) / values.length, 2) : null;
};

export type ScoredRow = { score: number | null };
export type Summary = { responses: number; averageScore: number | null; csat: number | null };

/** MC4: responses, mean score (2 decimals) and CSAT = share of scores ≥ 4 (percent, 1 decimal). */
export const summarise = (rows: readonly ScoredRow[]): Summary => {
  const scores = rows.map((r) => Number(r.score)).filter((s) => Number.isFinite(s));
  if (!scores.length) return { responses: rows.length, averageScore: null, csat: null };
  return {
    responses: rows.length,
    averageScore: round(scores.reduce((a, b) => a + b, 0) / scores.length, 2),
    csat: round((100 * scores.filter((s) => s >= 4).length) / scores.length, 1),
  };
};

export type QuestionResult =
  | {
      key: string;
      kind: 'likert';
      labelAr: string;
      labelEn: string;
      answered: number;
      mean: number | null;
      distribution: { value: number; count: number }[];
    }
  | {
      key: string;
      kind: 'choice';
      labelAr: string;
      labelEn: string;
      answered: number;
      distribution: { value: string; labelAr: string; labelEn: string; count: number }[];
    }
  | { key: string; kind: 'text'; labelAr: string; labelEn: string; answered: number; texts: string[] };

/**
 * Per question: a Likert question's count per value 1..5 and mean, a choice question's count per
 * option, a text question's answers (the text only: ALL-SAT, nothing that points at a staff member).
 */
export const perQuestion = (questions: readonly SurveyQuestion[], answers: readonly Answers[]): QuestionResult[] =>
  questions.map((q): QuestionResult => {
    const given = answers.map((a) => a[q.key]).filter((v) => !blank(v));
    const base = { key: q.key, labelAr: q.labelAr, labelEn: q.labelEn, answered: given.length };
    if (q.kind === 'likert') {
      const values = given.filter((v): v is number => typeof v === 'number');
      return {
        ...base,
        kind: 'likert',
        mean: values.length ? round(values.reduce((a, b) => a + b, 0) / values.length, 2) : null,
        distribution: [1, 2, 3, 4, 5].map((value) => ({ value, count: values.filter((v) => v === value).length })),
      };
    }
    if (q.kind === 'choice')
      return {
        ...base,
        kind: 'choice',
        distribution: (q.options ?? []).map((o) => ({
          value: o.key,
          labelAr: o.labelAr,
          labelEn: o.labelEn,
          count: given.filter((v) => v === o.key).length,
        })),
      };
    return { ...base, kind: 'text', texts: given.map(String) };
  });
