/**
 * PD5: the association's identity as the website shows it, from its profile (name, ministry registration
 * number, city, website, phone, e-mail, social accounts). Read once per page; before a profile exists the
 * site still answers, as «الجمعية».
 */
import type { Core } from '@strapi/strapi';
import { bilingual, type Lang } from './i18n';

export type SocialAccount = { network: string; handle: string; url: string };

export type SiteIdentity = {
  name: (lang: Lang) => string;
  registrationNumber: string | null;
  city: string | null;
  region: string | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  socialAccounts: SocialAccount[];
};

type ProfileRow = {
  nameAr?: string | null;
  nameEn?: string | null;
  registrationNumber?: string | null;
  city?: string | null;
  region?: string | null;
  website?: string | null;
  phone?: string | null;
  email?: string | null;
  socialAccounts?: unknown;
};

// Networks whose profile address is known from a handle; another network needs its full https:// address.
const NETWORK_URLS: Readonly<Record<string, string>> = {
  x: 'https://x.com/',
  twitter: 'https://x.com/',
  instagram: 'https://www.instagram.com/',
  snapchat: 'https://www.snapchat.com/add/',
  tiktok: 'https://www.tiktok.com/@',
  youtube: 'https://www.youtube.com/@',
  linkedin: 'https://www.linkedin.com/company/',
  facebook: 'https://www.facebook.com/',
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** Social accounts are stored as `{ network: handle-or-url }` or `[{ network, handle, url }]`; both are read. */
const socialAccountsOf = (value: unknown): SocialAccount[] => {
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((v) => [String((v as { network?: unknown })?.network ?? ''), v])
    : value && typeof value === 'object'
      ? Object.entries(value as Record<string, unknown>)
      : [];
  return entries.flatMap(([network, v]) => {
    const handle = text(typeof v === 'string' ? v : (v as { handle?: unknown })?.handle);
    const base = NETWORK_URLS[network.toLowerCase()];
    const url =
      text((v as { url?: unknown })?.url) ??
      (handle?.startsWith('https://') ? handle : handle && base ? `${base}${handle.replace(/^@/, '')}` : null);
    return network && handle && url && url.startsWith('https://') ? [{ network, handle, url }] : [];
  });
};

export const loadIdentity = async (strapi: Core.Strapi): Promise<SiteIdentity> => {
  const row = ((await strapi.db.query('plugin::wasl.association-profile').findOne({})) ?? {}) as ProfileRow;
  return {
    name: (lang) => bilingual(lang, row.nameAr, row.nameEn) || (lang === 'en' ? 'The association' : 'الجمعية'),
    registrationNumber: text(row.registrationNumber),
    city: text(row.city),
    region: text(row.region),
    website: text(row.website),
    phone: text(row.phone),
    email: text(row.email),
    socialAccounts: socialAccountsOf(row.socialAccounts),
  };
};
