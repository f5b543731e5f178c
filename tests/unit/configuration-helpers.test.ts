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
    expect(rolesForWork(COMPLAINT_WORK)).toEqual(['reception_officer', 'follow_up_committee', 'contact_officer', 'manager']);
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
  it.each([
    [
      'sections keyed by name',
      { hash: 'abc', sections: { services: { created: ['a'], updated: [], left: ['b', 'c'] } } },
    ],
    ['a list of sections', { hash: 'abc', sections: [{ section: 'services', created: ['a'], updated: [], left: ['b', 'c'] }] }],
  ])('[YSR-E1] %s', (_label, body) => {
    expect(readPlan(body)).toEqual({
      hash: 'abc',
      sections: [{ section: 'services', created: ['a'], updated: [], left: ['b', 'c'] }],
      unchanged: false,
    });
  });

  it('[H7] counts become placeholders; nothing created or updated is "unchanged"; faults keep their path', () => {
    expect(readPlan({ sections: { holidays: { created: 0, updated: 0, left: 2 } } })).toEqual({
      hash: null,
      sections: [{ section: 'holidays', created: [], updated: [], left: ['#1', '#2'] }],
      unchanged: true,
    });
    const body = {
      error: {
        details: { errors: [{ field: 'services.0.slaDays', messageAr: 'خارج النطاق', messageEn: 'out of range' }] },
      },
    };
    expect(readFaults(body, 'ar')).toEqual([{ path: 'services.0.slaDays', message: 'خارج النطاق' }]);
    expect(readFaults(body, 'en')).toEqual([{ path: 'services.0.slaDays', message: 'out of range' }]);
  });
});
