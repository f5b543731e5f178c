/**
 * The configuration screens' pure rules: which roles can sit on which committee or answer complaints
 * (H6, I1), the officer's tool choices (ALL-TOOLS), and how the console reads an import's plan and faults.
 */
import { committeeWork, COMPLAINT_WORK, rolesForWork } from '../../cms/domain/staff-work';
import { policyChoices } from '../../admin/src/configuration/officer-tools';
import { readFaults, readPlan } from '../../admin/src/configuration/profile-import';

describe('who can do the work', () => {
  it.each([
    ['research', ['committee_member']],
    ['specialized', ['committee_member']],
    ['follow_up', ['committee_member', 'follow_up_committee', 'manager']],
  ])('[H6] a %s committee seats %j', (type, roles) => {
    expect(rolesForWork(committeeWork(type))).toEqual(roles);
  });

  it('[H6] a board seats any staff role; [I1] complaints are answered by the roles that work them', () => {
    expect(rolesForWork(committeeWork('board'))).toHaveLength(7);
    expect(rolesForWork(COMPLAINT_WORK)).toEqual([
      'reception_officer',
      'follow_up_committee',
      'contact_officer',
      'manager',
    ]);
  });
});

describe('officer tools', () => {
  it('[ALL-TOOLS] one choice per policy key, titled by its newest version, plus chosen keys no document has', () => {
    const rows = [
      { policyKey: 'basic-regulation', titleAr: 'اللائحة ١', titleEn: 'Regulation 1', versionNumber: 1 },
      { policyKey: 'basic-regulation', titleAr: 'اللائحة ٢', titleEn: 'Regulation 2', versionNumber: 2 },
      { policyKey: 'support-policy', titleAr: 'سياسة الدعم', titleEn: null, versionNumber: 1 },
    ];
    expect(policyChoices(rows, ['gone'], 'ar')).toEqual([
      { key: 'basic-regulation', title: 'اللائحة ٢', missing: false },
      { key: 'support-policy', title: 'سياسة الدعم', missing: false },
      { key: 'gone', title: 'gone', missing: true },
    ]);
    expect(policyChoices(rows, [], 'en').map((c) => c.title)).toEqual(['Regulation 2', 'سياسة الدعم']);
  });
});

describe('the import plan as the console reads it', () => {
  it('[YSR-E1] per section: created, updated, removed, and what stays (alike, or not named by the file)', () => {
    const body = {
      key: 'yusr',
      changed: true,
      hash: 'abc',
      changes: {
        services: { created: ['skills'], updated: ['counselling'], removed: [], left: ['old'], unchanged: 3 },
        holidays: { created: [], updated: [], removed: ['eid'], left: [], unchanged: 0 },
      },
      blockedAccounts: ['new-officer'],
    };
    expect(readPlan(body)).toEqual({
      hash: 'abc',
      unchanged: false,
      blockedAccounts: ['new-officer'],
      sections: [
        {
          section: 'services',
          created: ['skills'],
          updated: ['counselling'],
          removed: [],
          unchanged: 4,
          left: ['old'],
        },
        { section: 'holidays', created: [], updated: [], removed: ['eid'], unchanged: 0, left: [] },
      ],
    });
    expect(readPlan({ changed: false, hash: 'abc', changes: {} }).unchanged).toBe(true);
  });

  it('[H7] each fault of a refused file keeps its JSON path, in the console language', () => {
    const body = {
      error: {
        details: {
          errors: [
            { field: '/services/0/deadline/amount', messageAr: 'القيمة أقل من 1', messageEn: 'The value is below 1' },
          ],
        },
      },
    };
    expect(readFaults(body, 'ar')).toEqual([{ path: '/services/0/deadline/amount', message: 'القيمة أقل من 1' }]);
    expect(readFaults(body, 'en')).toEqual([{ path: '/services/0/deadline/amount', message: 'The value is below 1' }]);
  });
});
