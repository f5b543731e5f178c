/**
 * ALL-CH, I2: the channels the association has enabled, each with how to reach it: the administrator's
 * own words (howToReachAr) when given, else what the profile already says (phone, e-mail, social
 * accounts, branch offices) or the site's own form for that channel.
 */
import { loadBranches, loadEnabledChannels, type PublicBranch, type PublicChannel } from '../catalogue';
import { html, type Html } from '../html';
import { bilingual, localPath, pick, type Lang, type Text } from '../i18n';
import type { SiteIdentity } from '../identity';
import { socialLinks } from '../identity-facts';
import type { SiteRoute } from '../router';

const T = {
  title: { ar: 'قنوات التواصل', en: 'Ways to reach us' },
  description: {
    ar: 'قنوات التواصل التي تعتمدها الجمعية مع المستفيدين، وطريقة الوصول إلى كل منها.',
    en: 'The channels the association uses with beneficiaries, and how to reach each one.',
  },
  intro: {
    ar: 'تستقبل الجمعية الطلبات والشكاوى والاستفسارات عبر القنوات التالية، وتسجّل كل طلب بالقناة التي ورد منها.',
    en: 'The association takes requests, complaints and inquiries through these channels, and records each one with the channel it came through.',
  },
  none: { ar: 'لم تُفعَّل أي قناة بعد.', en: 'No channel is enabled yet.' },
  form: { ar: 'نموذج الشكاوى والاستفسارات على هذا الموقع', en: 'The complaint and inquiry form on this site' },
  services: { ar: 'طلب الخدمات عبر صفحة الخدمات', en: 'Apply through the services page' },
  offices: { ar: 'مقر الجمعية وفروعها', en: 'The head office and branches' },
  contact: { ar: 'تفاصيل التواصل', en: 'Contact details' },
  letter: { ar: 'خطاب موجّه إلى الجمعية', en: 'A letter addressed to the association' },
} satisfies Record<string, Text>;

const link = (href: string, text: string, ltr = false): Html =>
  ltr ? html`<a href="${href}" dir="ltr">${text}</a>` : html`<a href="${href}">${text}</a>`;

const officesText = (lang: Lang, branches: readonly PublicBranch[]): Html =>
  html`${pick(lang, T.offices)}${
    branches.length
      ? html`: ${branches.map((b, i) => html`${i ? '، ' : ''}${bilingual(lang, b.nameAr, b.nameEn)}`)}`
      : ''
  }
  (${link(localPath(lang, '/contact'), pick(lang, T.contact))})`;

/** How to reach a channel, from what the association already publishes. */
const reachOf = (lang: Lang, channel: PublicChannel, id: SiteIdentity, branches: readonly PublicBranch[]): Html => {
  if (channel.howToReachAr)
    return lang === 'ar' ? html`${channel.howToReachAr}` : html`<span lang="ar">${channel.howToReachAr}</span>`;
  switch (channel.key) {
    case 'phone':
      return id.phone ? link(`tel:${id.phone}`, id.phone, true) : officesText(lang, branches);
    case 'email':
      return id.email ? link(`mailto:${id.email}`, id.email, true) : officesText(lang, branches);
    case 'website':
      return link(localPath(lang, '/complaints/new'), pick(lang, T.form));
    case 'help_request':
      return link(localPath(lang, '/services'), pick(lang, T.services));
    case 'social_media':
      return socialLinks(id) ?? officesText(lang, branches);
    case 'letter':
      return html`${pick(lang, T.letter)}${id.city ? html` — ${id.city}` : ''}`;
    default:
      return officesText(lang, branches);
  }
};

const routes: SiteRoute[] = [
  {
    method: 'GET',
    pattern: '/channels',
    handle: async ({ strapi, lang, identity }) => {
      const [channels, branches] = await Promise.all([loadEnabledChannels(strapi), loadBranches(strapi)]);
      return {
        kind: 'page',
        cache: 'public',
        nav: 'channels',
        title: pick(lang, T.title),
        description: pick(lang, T.description),
        body: html`<h1>${pick(lang, T.title)}</h1>
          <p>${pick(lang, T.intro)}</p>
          ${
            channels.length
              ? html`<dl class="facts" data-testid="channels">
                  ${channels.map(
                    (c) =>
                      html`<dt>${bilingual(lang, c.nameAr, c.nameEn)}</dt>
                        <dd>${reachOf(lang, c, identity, branches)}</dd>`,
                  )}
                </dl>`
              : html`<p class="muted">${pick(lang, T.none)}</p>`
          }`,
      };
    },
  },
];

export default routes;
