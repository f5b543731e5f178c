/**
 * Real Chromium (Debian's /usr/bin/chromium, installed by .ci/e2e-deps) driven by playwright-core,
 * against the test Strapi serving the built console at /console.
 */
import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildConsole } from '../../scripts/lib/setup';
import { baseUrl, demoPassword } from './api';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '..', 'e2e', '__screenshots__');

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });

/** Builds the console (when stale) and opens Chromium for the enclosing describe block; closes it after. */
export const useChromium = (): { readonly browser: Browser } => {
  const holder = {} as { browser: Browser };
  beforeAll(async () => {
    buildConsole();
    holder.browser = await launchChromium();
  });
  afterAll(async () => {
    await holder.browser?.close();
  });
  return holder;
};

/** Every `[wasl:i18n] missing key …` the console reported on any page (admin/src/i18n/i18nProvider.ts). */
export const missingKeys = new Set<string>();

export const consoleUrl = (hash = ''): string => `${baseUrl()}/console/${hash ? `#/${hash}` : ''}`;

/** A fresh browser context (no stored session or language) signed in as a demo user. */
export const signIn = async (browser: Browser, username: string): Promise<Page> => {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'ar-SA',
    timezoneId: 'Asia/Riyadh',
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    const match = /\[wasl:i18n\] missing key (\S+)/.exec(message.text());
    if (match) missingKeys.add(match[1]);
  });
  await page.goto(consoleUrl('login'));
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(demoPassword());
  await page.locator('button[type="submit"]').click();
  await page.locator('[data-role]').waitFor();
  // Every role lands on its dashboard (the manager's statistics, the others' queue counts); wait for it so
  // the post-login redirect cannot undo a later goto.
  await page.locator('[data-testid="dashboard"]').waitFor();
  return page;
};

export const screenshot = async (page: Page, name: string): Promise<void> => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
};

/** Chooses an option of a react-admin SelectInput by its visible label. */
export const pick = async (page: Page, source: string, option: string) => {
  await page.locator(`input[name="${source}"]`).locator('xpath=..').locator('[role="combobox"]').click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

/** Presses a request's next-step button, adds the note, confirms, and waits for the page to settle. */
export const step = async (page: Page, to: string, note = '') => {
  await page.locator(`[data-step="${to}"]`).click();
  if (note) await page.locator('textarea[name="note"]').fill(note);
  await page.locator('[data-testid="confirm-step"]').click();
  await page.locator('[data-step]').first().or(page.getByText('لا إجراء متاح لدورك')).waitFor();
};

export const statusIs = (page: Page, status: string) =>
  page.locator(`.MuiChip-root[data-value="${status}"]`).first().waitFor();
