/**
 * Questionnaires as data (S1, MC4): the questions an admin writes are checked with field paths, answers
 * are checked against them, the score is the mean of the ratings, and the results are counted. Every
 * expected value is written by hand.
 */
import { checkAnswers, perQuestion, summarise, type SurveyQuestion } from '../../cms/domain/survey-answers';
import { parseQuestions } from '../../cms/validation/survey-body';

const QUESTIONS: SurveyQuestion[] = [
  { key: 'overall', kind: 'likert', labelAr: 'الرضا العام', labelEn: 'Overall', required: true },
  { key: 'speed', kind: 'likert', labelAr: 'السرعة', labelEn: 'Speed', required: false },
  {
    key: 'heard',
    kind: 'choice',
    labelAr: 'كيف عرفت بنا؟',
    labelEn: 'How did you hear of us?',
    required: false,
    options: [
      { key: 'web', labelAr: 'الموقع', labelEn: 'Website' },
      { key: 'friend', labelAr: 'صديق', labelEn: 'A friend' },
    ],
  },
  { key: 'notes', kind: 'text', labelAr: 'ملاحظات', labelEn: 'Notes', required: false },
];

describe('survey questions and answers', () => {
  it('[S1] a questionnaire names each fault by its path', () => {
    const parsed = parseQuestions([
      { key: 'Bad Key', kind: 'likert', labelAr: 'س', labelEn: 'Q', required: true },
      { key: 'pick', kind: 'choice', labelAr: 'اختر', labelEn: 'Pick', options: [] },
      {
        key: 'free',
        kind: 'text',
        labelAr: 'نص',
        labelEn: 'Text',
        options: [{ key: 'a', labelAr: 'أ', labelEn: 'A' }],
      },
      { key: 'size', kind: 'slider', labelAr: 'حجم', labelEn: 'Size' },
    ]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => [e.field, e.code]).sort()).toEqual([
      ['questions.0.key', 'FIELD_INVALID_TYPE'],
      ['questions.3.kind', 'FIELD_INVALID_ENUM'],
    ]);
    const second = parseQuestions([
      { key: 'pick', kind: 'choice', labelAr: 'اختر', labelEn: 'Pick', options: [] },
      {
        key: 'free',
        kind: 'text',
        labelAr: 'نص',
        labelEn: 'Text',
        options: [{ key: 'a', labelAr: 'أ', labelEn: 'A' }],
      },
    ]);
    expect(second.ok ? [] : second.errors.map((e) => [e.field, e.code]).sort()).toEqual([
      ['questions', 'SURVEY_NEEDS_LIKERT'],
      ['questions.0.options', 'SURVEY_OPTIONS_REQUIRED'],
      ['questions.1.options', 'SURVEY_OPTIONS_NOT_ALLOWED'],
    ]);
  });

  it('[S1] a valid questionnaire comes back with `required` explicit and options only on choices', () => {
    const parsed = parseQuestions([
      { key: 'overall', kind: 'likert', labelAr: 'الرضا', labelEn: 'Overall', required: true },
      { key: 'notes', kind: 'text', labelAr: 'ملاحظات', labelEn: 'Notes' },
    ]);
    expect(parsed).toEqual({
      ok: true,
      value: [
        { key: 'overall', kind: 'likert', labelAr: 'الرضا', labelEn: 'Overall', required: true },
        { key: 'notes', kind: 'text', labelAr: 'ملاحظات', labelEn: 'Notes', required: false },
      ],
    });
  });

  it.each([
    ['a rating of 6', { overall: 6 }, [['answers.overall', 'FIELD_OUT_OF_RANGE']]],
    ['a rating of 3.5', { overall: 3.5 }, [['answers.overall', 'FIELD_OUT_OF_RANGE']]],
    ['a missing required rating', { speed: 4 }, [['answers.overall', 'FIELD_REQUIRED']]],
    ['a choice not among the options', { overall: 4, heard: 'tv' }, [['answers.heard', 'FIELD_INVALID_ENUM']]],
    ['text over 2000 characters', { overall: 4, notes: 'ن'.repeat(2001) }, [['answers.notes', 'FIELD_TOO_LONG']]],
    ['an unknown key', { overall: 4, mood: 'x' }, [['answers.mood', 'UNKNOWN_FIELD']]],
  ])('[S1] refuses %s', (_name, answers, expected) => {
    const checked = checkAnswers(QUESTIONS, answers);
    expect(checked.ok ? [] : checked.errors.map((e) => [e.field, e.code])).toEqual(expected);
  });

  it('[S1] the score is the mean of the ratings given, to 2 decimals; blank optional answers are dropped', () => {
    expect(checkAnswers(QUESTIONS, { overall: 5, speed: 4, heard: 'web', notes: '  شكراً  ' })).toEqual({
      ok: true,
      answers: { overall: 5, speed: 4, heard: 'web', notes: 'شكراً' },
      score: 4.5,
    });
    expect(checkAnswers(QUESTIONS, { overall: 2, speed: null, notes: '' })).toEqual({
      ok: true,
      answers: { overall: 2 },
      score: 2,
    });
    expect(checkAnswers(QUESTIONS, { overall: 1, speed: 2 })).toMatchObject({ score: 1.5 });
  });

  it('[MC4] summary: responses, mean score and CSAT (share of scores of 4 or more)', () => {
    expect(summarise([{ score: 4.5 }, { score: 2 }, { score: 3 }, { score: 5 }])).toEqual({
      responses: 4,
      averageScore: 3.63,
      csat: 50,
    });
    expect(summarise([{ score: 4 }, { score: 4 }, { score: 1 }])).toEqual({
      responses: 3,
      averageScore: 3,
      csat: 66.7,
    });
    expect(summarise([])).toEqual({ responses: 0, averageScore: null, csat: null });
  });

  it('[MC4] per question: rating counts per value and mean, choice counts per option, texts as written', () => {
    const results = perQuestion(QUESTIONS, [
      { overall: 5, heard: 'web', notes: 'ممتاز' },
      { overall: 3, speed: 2, heard: 'web' },
      { overall: 5, heard: 'friend' },
    ]);
    expect(results).toHaveLength(4);
    expect(results[0]).toMatchObject({
      key: 'overall',
      answered: 3,
      mean: 4.33,
      distribution: [
        { value: 1, count: 0 },
        { value: 2, count: 0 },
        { value: 3, count: 1 },
        { value: 4, count: 0 },
        { value: 5, count: 2 },
      ],
    });
    expect(results[1]).toMatchObject({ key: 'speed', answered: 1, mean: 2 });
    expect(results[2]).toMatchObject({
      key: 'heard',
      answered: 3,
      distribution: [
        { value: 'web', labelAr: 'الموقع', labelEn: 'Website', count: 2 },
        { value: 'friend', labelAr: 'صديق', labelEn: 'A friend', count: 1 },
      ],
    });
    expect(results[3]).toEqual({
      key: 'notes',
      kind: 'text',
      labelAr: 'ملاحظات',
      labelEn: 'Notes',
      answered: 1,
      texts: ['ممتاز'],
    });
  });
});
