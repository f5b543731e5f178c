/**
 * The checks of an association profile that a JSON Schema cannot express: references between its
 * sections, keys used twice, dates that do not exist, a quorum no committee could reach. Each problem
 * names the JSON pointer of the value at fault. Pure: no Strapi, no I/O.
 */
import { parseEligibilityRules, type EligibilityRuleType } from './eligibility';
import { gregorianOfHijri } from './hijri';
import type { AssociationProfile, ProfileProblem } from './profile-types';

/** ALL-CH: the channels the five policies name (cms/seed/lists.ts holds their Arabic names). */
export const KNOWN_CHANNELS = [
  'in_person',
  'phone',
  'email',
  'social_media',
  'letter',
  'fax',
  'website',
  'help_request',
  'volunteer_service',
  'branch_representative',
] as const;
/** YSR-E: what an eligibility rule may look at; each field is one rule type of cms/domain/eligibility.ts. */
export const RULE_FIELDS: readonly EligibilityRuleType[] = [
  'nationality',
  'gender',
  'socialStatus',
  'age',
  'interviewPassed',
  'registeredOnline',
  'referralSource',
  'selfReferralPartiesResident',
];

const isRealGregorian = (day: string): boolean => {
  const probe = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(probe.getTime()) && probe.toISOString().slice(0, 10) === day;
};

/** The Gregorian day of a Hijri `YYYY-MM-DD`, or null when Umm al-Qura has no such day. */
export const hijriToGregorian = (hijri: string): string | null => {
  const [year, month, day] = hijri.split('-').map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  try {
    return gregorianOfHijri(year, month, day);
  } catch {
    return null;
  }
};

const duplicates = (keys: readonly string[], at: (index: number) => string): ProfileProblem[] =>
  keys.flatMap((key, i) =>
    keys.indexOf(key) < i ? [{ path: at(i), code: 'PROFILE_DUPLICATE_KEY', params: { value: key } }] : [],
  );

const reference = (value: string | undefined, known: readonly string[], path: string): ProfileProblem[] =>
  value !== undefined && !known.includes(value) ? [{ path, code: 'PROFILE_UNKNOWN_REFERENCE', params: { value } }] : [];

const checkEligibility = (profile: AssociationProfile): ProfileProblem[] =>
  profile.services.flatMap((service, s) =>
    service.eligibility.flatMap((rule, r): ProfileProblem[] => {
      const at = `/services/${s}/eligibility/${r}`;
      if (!(RULE_FIELDS as readonly string[]).includes(rule.field))
        return [
          {
            path: `${at}/field`,
            code: 'PROFILE_UNKNOWN_RULE_FIELD',
            params: { value: String(rule.field), values: RULE_FIELDS.join(', ') },
          },
        ];
      const { field, ...rest } = rule;
      const parsed = parseEligibilityRules([{ type: field, ...rest }]);
      return parsed.ok
        ? []
        : parsed.errors.map((e) => ({
            path: at,
            code: 'PROFILE_RULE_INVALID',
            params: { reasonAr: e.ar.replace(/^[^:]*: /, ''), reasonEn: e.en.replace(/^[^:]*: /, '') },
          }));
    }),
  );

const checkDates = (profile: AssociationProfile): ProfileProblem[] => [
  ...profile.calendar.holidays.flatMap((h, i) => {
    if (h.hijri !== undefined && !hijriToGregorian(h.hijri))
      return [
        { path: `/calendar/holidays/${i}/hijri`, code: 'PROFILE_HIJRI_DATE_INVALID', params: { value: h.hijri } },
      ];
    if (h.gregorian !== undefined && !isRealGregorian(h.gregorian))
      return [
        { path: `/calendar/holidays/${i}/gregorian`, code: 'PROFILE_DATE_INVALID', params: { value: h.gregorian } },
      ];
    return [];
  }),
  ...profile.policies.flatMap((p, i) => {
    const a = p.approval;
    const problems: ProfileProblem[] = [];
    if (a?.dateHijri !== undefined && !hijriToGregorian(a.dateHijri))
      problems.push({
        path: `/policies/${i}/approval/dateHijri`,
        code: 'PROFILE_HIJRI_DATE_INVALID',
        params: { value: a.dateHijri },
      });
    if (a?.date !== undefined && !isRealGregorian(a.date))
      problems.push({ path: `/policies/${i}/approval/date`, code: 'PROFILE_DATE_INVALID', params: { value: a.date } });
    return problems;
  }),
];

const checkPeople = (profile: AssociationProfile): ProfileProblem[] => [
  ...profile.committees.flatMap((c, i) => [
    ...(c.quorum > c.members.length
      ? [
          {
            path: `/committees/${i}/quorum`,
            code: 'PROFILE_QUORUM_TOO_LARGE',
            params: { quorum: c.quorum, members: c.members.length },
          },
        ]
      : []),
    ...duplicates(
      c.members.map((m) => m.username),
      (m) => `/committees/${i}/members/${m}/username`,
    ),
  ]),
];

/** Every problem of a profile that passed the schema; an empty list means it can be imported. */
export const checkProfile = (profile: AssociationProfile): ProfileProblem[] => {
  const serviceKeys = profile.services.map((s) => s.key);
  const policyKeys = profile.policies.map((p) => p.key);
  const committeeKeys = profile.committees.map((c) => c.key);
  return [
    ...profile.channels.flatMap((channel, i) =>
      (KNOWN_CHANNELS as readonly string[]).includes(channel)
        ? []
        : [
            {
              path: `/channels/${i}`,
              code: 'PROFILE_UNKNOWN_CHANNEL',
              params: { value: channel, values: KNOWN_CHANNELS.join(', ') },
            },
          ],
    ),
    ...duplicates(serviceKeys, (i) => `/services/${i}/key`),
    ...duplicates(policyKeys, (i) => `/policies/${i}/key`),
    ...duplicates(committeeKeys, (i) => `/committees/${i}/key`),
    ...duplicates(
      profile.surveys.map((s) => s.key),
      (i) => `/surveys/${i}/key`,
    ),
    ...duplicates(
      profile.branches.map((b) => b.code),
      (i) => `/branches/${i}/code`,
    ),
    ...duplicates(
      profile.complaints.categories.map((c) => c.key),
      (i) => `/complaints/categories/${i}/key`,
    ),
    ...profile.services.flatMap((s, i) => reference(s.committee, committeeKeys, `/services/${i}/committee`)),
    ...profile.surveys.flatMap((s, i) => reference(s.service, serviceKeys, `/surveys/${i}/service`)),
    ...profile.policies.flatMap((p, i) => reference(p.supersedes, policyKeys, `/policies/${i}/supersedes`)),
    ...profile.officerTools.flatMap((t, i) => reference(t, policyKeys, `/officerTools/${i}`)),
    ...checkEligibility(profile),
    ...checkDates(profile),
    ...checkPeople(profile),
  ];
};
