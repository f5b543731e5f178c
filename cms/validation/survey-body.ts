/**
 * Body and query schemas of the surveys (S1, S4, MC4): the questionnaire an admin builds, a campaign, the
 * public answer and the results query. Field errors name the path (`questions.2.options`) in Arabic and English.
 */
import { z } from 'zod';
import { QUESTION_KINDS, TEXT_MAX, type SurveyQuestion } from '../domain/survey-answers';
import { parseWith, type Parsed } from './zod-errors';

const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
const labelAr = z.string().trim().min(1).max(300);
const labelEn = z.string().trim().min(1).max(300);

const option = z.strictObject({ key, labelAr, labelEn });

const question = z.strictObject({
  key,
  kind: z.enum(QUESTION_KINDS),
  labelAr,
  labelEn,
  required: z.boolean().default(false),
  options: z.array(option).max(20).optional(),
});

const repeated = (keys: string[]) => keys.findIndex((k, i) => keys.indexOf(k) !== i);

const questionsSchema = z.strictObject({
  questions: z
    .array(question)
    .min(1)
    .max(50)
    .superRefine((questions, ctx) => {
      questions.forEach((q, i) => {
        if (q.kind === 'choice' && (q.options?.length ?? 0) < 2)
          ctx.addIssue({ code: 'custom', path: [i, 'options'], params: { code: 'SURVEY_OPTIONS_REQUIRED' } });
        if (q.kind !== 'choice' && q.options?.length)
          ctx.addIssue({ code: 'custom', path: [i, 'options'], params: { code: 'SURVEY_OPTIONS_NOT_ALLOWED' } });
        const optionKeys = (q.options ?? []).map((o) => o.key);
        const twin = repeated(optionKeys);
        if (twin >= 0)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'options', twin, 'key'],
            params: { code: 'SURVEY_KEY_REPEATED', key: optionKeys[twin] },
          });
      });
      const keys = questions.map((q) => q.key);
      const twin = repeated(keys);
      if (twin >= 0)
        ctx.addIssue({ code: 'custom', path: [twin, 'key'], params: { code: 'SURVEY_KEY_REPEATED', key: keys[twin] } });
      if (!questions.some((q) => q.kind === 'likert' && q.required))
        ctx.addIssue({ code: 'custom', path: [], params: { code: 'SURVEY_NEEDS_LIKERT' } });
    }),
});

/** The questions of a questionnaire, normalised (options only on choice questions, `required` explicit). */
export const parseQuestions = (questions: unknown): Parsed<SurveyQuestion[]> => {
  const parsed = parseWith(questionsSchema, { questions });
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: parsed.value.questions.map((q) => ({
      key: q.key,
      kind: q.kind,
      labelAr: q.labelAr,
      labelEn: q.labelEn,
      required: q.required,
      ...(q.kind === 'choice' ? { options: q.options ?? [] } : {}),
    })),
  };
};

/** The public answer: the answers (checked against the questions afterwards) and an optional comment. */
const answerSchema = z.strictObject({
  answers: z.record(z.string().max(40), z.union([z.number(), z.string().max(TEXT_MAX + 1000), z.null()])),
  comment: z.string().trim().max(TEXT_MAX).optional(),
});
export type AnswerInput = z.infer<typeof answerSchema>;
export const parseAnswerBody = (body: unknown): Parsed<AnswerInput> => parseWith(answerSchema, body);

/**
 * S1: a campaign period is a year (`2026`, `1448`), a month (`2026-12`), a quarter (`2026-Q4`) or a half
 * (`1448-H1`): one invitation per beneficiary per survey and period, however often the button is pressed.
 */
const campaignSchema = z.strictObject({
  period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/),
  branch: z.string().trim().min(1).max(60).optional(),
});
export type CampaignInput = z.infer<typeof campaignSchema>;
export const parseCampaignBody = (body: unknown): Parsed<CampaignInput> => parseWith(campaignSchema, body);

const day = z.iso.date();
const resultsSchema = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  branch: z.string().trim().min(1).max(60).optional(),
});
export type ResultsQuery = z.infer<typeof resultsSchema>;
export const parseResultsQuery = (query: unknown): Parsed<ResultsQuery> => parseWith(resultsSchema, query);
