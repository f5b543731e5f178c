/**
 * Issue 14: the association profile file. The five profiles read clean; each fault a schema cannot see is
 * named at its JSON path; the diff behind the preview says what would change, and nothing for the same state.
 */
import fs from 'fs';
import path from 'path';
import { parse, stringify } from 'yaml';
import { diffProfiles, hasChanges, previewHash } from '../../cms/domain/profile-diff';
import type { AssociationProfile, ProfileApproval } from '../../cms/domain/profile-types';
import { readProfile } from '../../cms/validation/profile-file';

const ROOT = path.resolve(__dirname, '../..');
const text = (key: string) => fs.readFileSync(path.join(ROOT, 'config', 'associations', `${key}.yaml`), 'utf8');
const read = (source: string): AssociationProfile => {
  const result = readProfile(source);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.profile;
};
const problems = (mutate: (p: AssociationProfile) => void) => {
  const data = parse(text('esrar'));
  mutate(data);
  const result = readProfile(stringify(data));
  return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
};

describe('the association profile file', () => {
  it.each(['yusr', 'esrar', 'hirfa', 'suqya', 'green-energy'])('[PD5] %s reads without a problem', (key) => {
    expect(read(text(key)).key).toBe(key);
  });

  it.each([
    [
      '[ALL-CH] an unknown channel',
      (p: AssociationProfile) => p.channels.push('pigeon'),
      ['/channels/7', 'PROFILE_UNKNOWN_CHANNEL'],
    ],
    [
      '[YSR-E1] a rule on a field that does not exist',
      (p: AssociationProfile) => p.services[0].eligibility.push({ field: 'height' }),
      ['/services/0/eligibility/0/field', 'PROFILE_UNKNOWN_RULE_FIELD'],
    ],
    [
      '[YSR-E2] a rule whose values are not known',
      (p: AssociationProfile) => p.services[0].eligibility.push({ field: 'gender', anyOf: ['x'] } as { field: string }),
      ['/services/0/eligibility/0', 'PROFILE_RULE_INVALID'],
    ],
    [
      '[H7] a deadline of -3',
      (p: AssociationProfile) => (p.requestDeadline.amount = -3),
      ['/requestDeadline/amount', 'PROFILE_TOO_SMALL'],
    ],
    [
      '[H7] a unit that does not exist',
      (p: AssociationProfile) => (p.requestDeadline.unit = 'weeks' as 'month'),
      ['/requestDeadline/unit', 'FIELD_INVALID_ENUM'],
    ],
    [
      'a duplicate service key',
      (p: AssociationProfile) => p.services.push({ ...p.services[0] }),
      ['/services/1/key', 'PROFILE_DUPLICATE_KEY'],
    ],
    [
      '[H7] 30 Muharram 1448, which Umm al-Qura does not have',
      (p: AssociationProfile) => (p.calendar.holidays[0].hijri = '1448-01-30'),
      ['/calendar/holidays/0/hijri', 'PROFILE_HIJRI_DATE_INVALID'],
    ],
    [
      '[PD1] an approval dated 31 June',
      (p: AssociationProfile) => ((p.policies[0].approval as ProfileApproval).date = '2022-06-31'),
      ['/policies/0/approval/date', 'PROFILE_DATE_INVALID'],
    ],
    [
      '[ESR-H6] a quorum larger than the committee',
      (p: AssociationProfile) => (p.committees[0].quorum = 4),
      ['/committees/0/quorum', 'PROFILE_QUORUM_TOO_LARGE'],
    ],
    [
      'a service before a committee the file lacks',
      (p: AssociationProfile) => (p.services[0].committee = 'board'),
      ['/services/0/committee', 'PROFILE_UNKNOWN_REFERENCE'],
    ],
    [
      '[ALL-TOOLS] a tool that is no policy of the file',
      (p: AssociationProfile) => p.officerTools.push('missing-guide'),
      ['/officerTools/5', 'PROFILE_UNKNOWN_REFERENCE'],
    ],
    [
      'an unknown key',
      (p: AssociationProfile) => ((p.identity as Record<string, unknown>).fax = '0135'),
      ['/identity/fax', 'UNKNOWN_FIELD'],
    ],
  ])('%s is named at its JSON path', (_name, mutate, expected) => {
    expect(problems(mutate)).toEqual([expected]);
  });

  it('a text that is not YAML is one problem', () => {
    const result = readProfile('key: [unclosed');
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['PROFILE_NOT_YAML']);
  });

  it('[ALL-CH] [H7] the diff: nothing for the same state, then what a change touches', () => {
    const profile = read(text('esrar'));
    expect(hasChanges(diffProfiles(profile, structuredClone(profile)))).toBe(false);
    const first = diffProfiles(profile, null);
    expect(first.services.created).toEqual(['service-request']);
    expect(first.staff.created).toHaveLength(7);
    const current = structuredClone(profile);
    current.services[0].deadline = { amount: 20, unit: 'working_days' };
    current.calendar.holidays.pop();
    current.channels.push('social_media');
    const changes = diffProfiles(profile, current);
    expect(changes.services).toMatchObject({ created: [], updated: ['service-request'], unchanged: 0 });
    expect(changes.holidays.created).toEqual(['1448-12-09/إجازة عيد الأضحى 1448هـ']);
    expect(changes.channels.removed).toEqual(['social_media']);
    expect(previewHash('x', current)).not.toBe(previewHash('x', profile));
  });
});
