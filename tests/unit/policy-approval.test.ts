/** PD1, PD3: what a policy needs to be published (cms/domain/policy-approval.ts); expected values by hand. */
import {
  approvalErrors,
  contentHash,
  gregorianOfHijriKey,
  versionConflict,
  type PolicyDraft,
} from '../../cms/domain/policy-approval';

// Yusr's policy: board meeting no. 5 of the first session, 25/11/1442 AH = 05/07/2021 (shared/policies/yusr.ar.txt).
const APPROVED: PolicyDraft = {
  kind: 'policy',
  titleAr: 'سياسة تنظيم العلاقة مع المستفيدين',
  bodyAr: '## الهدف العام',
  versionNumber: 1,
  boardMeetingNumber: '5',
  boardSession: 'الدورة الأولى',
  approvalDate: '2021-07-05',
  approvalDateHijri: '1442-11-25',
  chairName: 'أ.د. هيفاء بنت عثمان فدا',
  signatories: [{ name: 'أ.د. هيفاء بنت عثمان فدا', title: 'رئيس مجلس الإدارة' }],
};

const fields = (draft: PolicyDraft) => approvalErrors(draft).map((e) => `${e.field}:${e.code}`);

describe('approvalErrors', () => {
  it('[PD1] a policy with its whole board approval has none', () => {
    expect(fields(APPROVED)).toEqual([]);
  });

  it('[PD1] a policy with no approval at all gets one error per field', () => {
    expect(fields({ kind: 'policy', titleAr: 'سياسة' })).toEqual([
      'boardMeetingNumber:APPROVAL_MEETING_REQUIRED',
      'boardSession:APPROVAL_SESSION_REQUIRED',
      'chairName:APPROVAL_CHAIR_REQUIRED',
      'approvalDate:APPROVAL_DATE_REQUIRED',
      'approvalDateHijri:APPROVAL_HIJRI_REQUIRED',
      'signatories:APPROVAL_SIGNATORIES_REQUIRED',
    ]);
  });

  it.each<[string, PolicyDraft]>([
    ['a user guide', { kind: 'user_guide', titleAr: 'دليل' }],
    ['an internal guide', { kind: 'internal_guide', titleAr: 'دليل' }],
  ])('[PD1] %s needs no board approval', (_label, draft) => {
    expect(fields(draft)).toEqual([]);
  });

  it.each<[string, Partial<PolicyDraft>, string[]]>([
    ['a blank meeting number', { boardMeetingNumber: '  ' }, ['boardMeetingNumber:APPROVAL_MEETING_REQUIRED']],
    ['the Hijri date one day later (moon sighting)', { approvalDateHijri: '1442-11-26' }, []],
    ['the Hijri date one day earlier', { approvalDateHijri: '1442-11-24' }, []],
    [
      'the Hijri date two days later',
      { approvalDateHijri: '1442-11-27' },
      ['approvalDateHijri:APPROVAL_HIJRI_MISMATCH'],
    ],
    ['a month 13', { approvalDateHijri: '1442-13-01' }, ['approvalDateHijri:APPROVAL_HIJRI_INVALID']],
    ['a day 31', { approvalDateHijri: '1442-11-31' }, ['approvalDateHijri:APPROVAL_HIJRI_INVALID']],
    [
      'a Gregorian date in the Hijri field',
      { approvalDateHijri: '2021-07-05' },
      ['approvalDateHijri:APPROVAL_HIJRI_INVALID'],
    ],
    [
      'a Hijri date written with slashes',
      { approvalDateHijri: '25/11/1442' },
      ['approvalDateHijri:APPROVAL_HIJRI_INVALID'],
    ],
    ['no Gregorian date', { approvalDate: null }, ['approvalDate:APPROVAL_DATE_REQUIRED']],
    ['an empty signatory list', { signatories: [] }, ['signatories:APPROVAL_SIGNATORIES_REQUIRED']],
    ['signatories that are not a list', { signatories: 'الرئيس' }, ['signatories:APPROVAL_SIGNATORIES_REQUIRED']],
    [
      'a signatory without a name',
      {
        signatories: [
          { name: 'أ. صباح بنت صالح جمال', title: 'نائب الرئيس' },
          { name: ' ', title: 'عضو' },
        ],
      },
      ['signatories.1.name:APPROVAL_SIGNATORY_NAME_REQUIRED'],
    ],
  ])('[PD1] %s', (_label, change, expected) => {
    expect(fields({ ...APPROVED, ...change })).toEqual(expected);
  });

  it('[PD1] a mismatch names the Gregorian day the Hijri date is', () => {
    expect(approvalErrors({ ...APPROVED, approvalDateHijri: '1442-11-27' })[0].params).toEqual({
      expected: '2021-07-07',
    });
  });
});

describe('gregorianOfHijriKey', () => {
  it.each<[string, string | null]>([
    ['1442-11-25', '2021-07-05'],
    ['1448-01-01', '2026-06-16'],
    ['1442-11-30', '2021-07-10'],
    // Dhu al-Hijjah 1442 had 29 days: 1 Muharram 1443 was 2021-08-09.
    ['1442-12-30', null],
    ['1442-1-5', null],
    ['', null],
  ])('%s → %s', (hijri, expected) => {
    expect(gregorianOfHijriKey(hijri)).toBe(expected);
  });
});

describe('versionConflict', () => {
  const v1 = { versionNumber: 1, contentHash: contentHash(APPROVED) };

  it.each<[string, PolicyDraft, ReturnType<typeof versionConflict>]>([
    ['a first publish', APPROVED, null],
    ['the same text again under its number', { ...APPROVED, chairName: 'تصحيح اسم الرئيس' }, null],
    ['a new text under a new number', { ...APPROVED, bodyAr: 'نص جديد', versionNumber: 2 }, null],
    [
      'a new body under the published number',
      { ...APPROVED, bodyAr: 'نص جديد' },
      { code: 'POLICY_VERSION_TEXT_CHANGED', version: 1 },
    ],
    [
      'a new English title under the published number',
      { ...APPROVED, titleEn: 'Policy' },
      { code: 'POLICY_VERSION_TEXT_CHANGED', version: 1 },
    ],
  ])('[PD3] %s', (_label, draft, expected) => {
    expect(versionConflict(draft, [v1])).toEqual(expected);
  });

  it('[PD3] a number below the latest published one is refused', () => {
    const v3 = { versionNumber: 3, contentHash: 'x' };
    expect(versionConflict({ ...APPROVED, versionNumber: 2 }, [v1, v3])).toEqual({
      code: 'POLICY_VERSION_BEHIND',
      latest: 3,
    });
  });
});
