/**
 * S1, MC4: the association admin builds a questionnaire in real Chromium, in Arabic: adds a rating question
 * and a choice question with its options, watches the preview follow, saves, and the survey's page shows
 * the questionnaire as the beneficiary will see it, beside its results.
 */
import crypto from 'crypto';
import { http, loginAs } from '../helpers/api';
import { consoleUrl, missingKeys, pick, screenshot, signIn, useChromium } from '../helpers/browser';

jest.setTimeout(180_000);

describe('the questionnaire builder in Chromium', () => {
  const chromium = useChromium();

  it('[S1] the admin adds questions, sees the preview and saves a questionnaire the server accepts', async () => {
    const key = `e2e-${crypto.randomInt(100_000, 999_999)}`;
    const page = await signIn(chromium.browser, 'association-admin');
    await page.goto(consoleUrl('surveys/create'));
    await page.locator('input[name="key"]').fill(key);
    await page.locator('input[name="titleAr"]').fill('استبانة تجربة المتصفح');
    await pick(page, 'kind', 'دوري');
    await page.getByText('لا أسئلة بعد').waitFor();

    // react-admin names each iterator's add button after its source (`button-add-<source>`).
    const addQuestion = page.locator('button.button-add-questions');
    await addQuestion.click();
    await page.locator('input[name="questions.0.key"]').fill('overall');
    await pick(page, 'questions.0.kind', 'مقياس من ١ إلى ٥');
    await page.locator('input[name="questions.0.labelAr"]').fill('ما مدى رضاك عن خدمات الجمعية؟');
    await page.locator('input[name="questions.0.labelEn"]').fill('How satisfied are you?');
    await page.locator('input[name="questions.0.required"]').check();
    await page.locator('[data-testid="survey-preview"]').getByText('1. ما مدى رضاك عن خدمات الجمعية؟ *').waitFor();

    await addQuestion.click();
    await page.locator('input[name="questions.1.key"]').fill('recommend');
    await pick(page, 'questions.1.kind', 'اختيار من خيارات');
    await page.locator('input[name="questions.1.labelAr"]').fill('هل توصي بنا؟');
    await page.locator('input[name="questions.1.labelEn"]').fill('Would you recommend us?');
    for (const [index, [optionKey, ar, en]] of [
      ['yes', 'نعم', 'Yes'],
      ['no', 'لا', 'No'],
    ].entries()) {
      // The options' own add button, inside the second question.
      await page.locator('button[class*="button-add-"][class*="options"]').last().click();
      await page.locator(`input[name="questions.1.options.${index}.key"]`).fill(optionKey);
      await page.locator(`input[name="questions.1.options.${index}.labelAr"]`).fill(ar);
      await page.locator(`input[name="questions.1.options.${index}.labelEn"]`).fill(en);
    }
    const preview = page.locator('[data-testid="survey-preview"]');
    await preview.getByText('2. هل توصي بنا؟').waitFor();
    await preview.getByText('نعم').waitFor();
    await screenshot(page, 'survey-builder');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/surveys\/[^/]+\/show/);
    await page.locator('[data-testid="survey-preview"]').getByText('2. هل توصي بنا؟').waitFor();
    await page.locator('[data-testid="survey-results"]').getByText('لا استجابات في هذه الفترة').waitFor();

    const saved = await http<{ key: string; questions: unknown }[]>('GET', '/api/wasl/surveys', {
      token: await loginAs('association_admin'),
      query: { filter: { key } },
    });
    expect(saved.body).toHaveLength(1);
    expect(saved.body[0].questions).toEqual([
      {
        key: 'overall',
        kind: 'likert',
        labelAr: 'ما مدى رضاك عن خدمات الجمعية؟',
        labelEn: 'How satisfied are you?',
        required: true,
      },
      {
        key: 'recommend',
        kind: 'choice',
        labelAr: 'هل توصي بنا؟',
        labelEn: 'Would you recommend us?',
        required: false,
        options: [
          { key: 'yes', labelAr: 'نعم', labelEn: 'Yes' },
          { key: 'no', labelAr: 'لا', labelEn: 'No' },
        ],
      },
    ]);
    expect([...missingKeys]).toEqual([]);
  });
  it('[S1] a repeated question key is refused by the server and shown under that question, not saved', async () => {
    const key = `e2e-${crypto.randomInt(100_000, 999_999)}`;
    const page = await signIn(chromium.browser, 'association-admin');
    await page.goto(consoleUrl('surveys/create'));
    await page.locator('input[name="key"]').fill(key);
    await page.locator('input[name="titleAr"]').fill('استبانة بمفتاح مكرر');
    await pick(page, 'kind', 'دوري');
    const addQuestion = page.locator('button.button-add-questions');
    for (const index of [0, 1]) {
      await addQuestion.click();
      await page.locator(`input[name="questions.${index}.key"]`).fill('overall');
      await pick(page, `questions.${index}.kind`, 'مقياس من ١ إلى ٥');
      await page.locator(`input[name="questions.${index}.labelAr"]`).fill(`سؤال ${index + 1}`);
      await page.locator(`input[name="questions.${index}.labelEn"]`).fill(`Question ${index + 1}`);
      await page.locator(`input[name="questions.${index}.required"]`).check();
    }
    await page.locator('button[type="submit"]').click();
    const secondKey = page
      .locator('input[name="questions.1.key"]')
      .locator('xpath=ancestor::div[contains(@class, "MuiFormControl-root")][1]');
    await secondKey.getByText('المفتاح «overall» مكرر').waitFor();
    await screenshot(page, 'survey-builder-repeated-key');
    const saved = await http<unknown[]>('GET', '/api/wasl/surveys', {
      token: await loginAs('association_admin'),
      query: { filter: { key } },
    });
    expect(saved.body).toEqual([]);
    expect([...missingKeys]).toEqual([]);
  });
});
