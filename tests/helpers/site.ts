/**
 * The public website in real Chromium: a visitor's browser context (no session) at a phone's or a desktop's
 * size, axe-core run inside the page, screenshots of both sizes, and the bytes a page load transferred.
 */
import fs from 'fs';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, http, loginAs } from './api';
import { screenshot } from './browser';

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;
export type Viewport = typeof PHONE | typeof DESKTOP;

export const siteUrl = (path: string): string => `${baseUrl()}${path}`;

/** A visitor's page: a fresh context with Riyadh's time zone and the language's locale. */
export const visitorPage = async (browser: Browser, viewport: Viewport = DESKTOP, lang: 'ar' | 'en' = 'ar') => {
  const context = await browser.newContext({
    viewport,
    locale: lang === 'ar' ? 'ar-SA' : 'en-GB',
    timezoneId: 'Asia/Riyadh',
  });
  return context.newPage();
};

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: string[] };

/** axe-core (from npm) run in the page: every violation of impact serious or critical, with its selectors. */
export const seriousViolations = async (page: Page): Promise<AxeViolation[]> => {
  // Evaluated through the DevTools protocol, not as a <script> tag: the site's Content-Security-Policy
  // (script-src 'self', from strapi::security) rightly blocks inline scripts, and the test keeps it on.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (options: object) => Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
};

/** Saves `site-<name>-390.png` and `site-<name>-1440.png` of the same path, in a context of each size. */
export const screenshotBothSizes = async (browser: Browser, path: string, name: string, lang: 'ar' | 'en' = 'ar') => {
  for (const viewport of [PHONE, DESKTOP]) {
    const page = await visitorPage(browser, viewport, lang);
    await page.goto(siteUrl(path));
    await screenshot(page, `site-${name}-${viewport.width}`);
    await page.context().close();
  }
};

/**
 * The bytes a page load put on the wire (headers and bodies as the browser received them, compressed),
 * summed from the Chrome DevTools Protocol's Network.loadingFinished events over every request it made.
 */
export const transferredBytes = async (page: Page, path: string): Promise<{ total: number; requests: number }> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let total = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    total += event.encodedDataLength;
    requests += 1;
  });
  await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
  await cdp.detach();
  return { total, requests };
};

type PolicyDocuments = {
  /** A draft created as the association admin (POST /api/wasl/policy-documents); its documentId. */
  draft: (body: Record<string, unknown>) => Promise<string>;
  /** The named publish or unpublish route, which must answer 200. */
  act: (id: string, action: 'publish' | 'unpublish') => Promise<void>;
  readonly token: string;
};

/**
 * Policy documents a site test writes through the console's API as the association admin, deleted after
 * the file: other files read "the newest policy document", so these must not outlive it.
 */
export const usePolicyDocuments = (): PolicyDocuments => {
  const created: string[] = [];
  let token = '';
  beforeAll(async () => {
    token = await loginAs('association_admin');
  });
  afterAll(async () => {
    for (const id of created) await http('DELETE', `/api/wasl/policy-documents/${id}`, { token });
  });
  return {
    get token() {
      return token;
    },
    draft: async (body) => {
      const res = await http<{ id: string }>('POST', '/api/wasl/policy-documents', { token, body });
      expect(res.status).toBe(201);
      created.push(res.body.id);
      return res.body.id;
    },
    act: async (id, action) => {
      expect((await http('POST', `/api/wasl/policy-documents/${id}/${action}`, { token })).status).toBe(200);
    },
  };
};
