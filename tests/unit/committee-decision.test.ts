/** H6: the vote that reaches the quorum with a majority records the committee's decision. */
import { decisionReasons, settledOutcome } from '../../cms/domain/committee-decision';

describe('settledOutcome', () => {
  it.each([
    ['one approval of a quorum of two', { approve: 1, reject: 0, abstain: 0, quorum: 2 }, null],
    ['two approvals of a quorum of two', { approve: 2, reject: 0, abstain: 0, quorum: 2 }, 'approved'],
    ['two rejections and one approval', { approve: 1, reject: 2, abstain: 0, quorum: 3 }, 'rejected'],
    ['a tie at quorum', { approve: 1, reject: 1, abstain: 0, quorum: 2 }, null],
    ['abstentions count toward quorum, not the majority', { approve: 1, reject: 0, abstain: 1, quorum: 2 }, 'approved'],
    ['only abstentions', { approve: 0, reject: 0, abstain: 2, quorum: 2 }, null],
  ] as const)('[ESR-H6] %s → %p', (_name, votes, expected) => {
    expect(settledOutcome(votes)).toBe(expected);
  });
});

describe('decisionReasons', () => {
  it("[ESR-H6] gives the tally and the majority's reasons, each once, never the minority's", () => {
    const votes = { approve: 2, reject: 1, abstain: 0, quorum: 2 };
    const cast = [
      { choice: 'approve', reason: 'مستوفية للشروط' },
      { choice: 'approve', reason: ' مستوفية للشروط ' },
      { choice: 'reject', reason: 'الدخل مرتفع' },
    ];
    expect(decisionReasons('approved', votes, cast)).toBe(
      'قررت اللجنة الموافقة بأغلبية الأصوات (موافقة 2، رفض 1، امتناع 0): مستوفية للشروط',
    );
  });

  it('[ESR-H6] without reasons the tally alone is the reason', () => {
    expect(
      decisionReasons('rejected', { approve: 0, reject: 2, abstain: 0, quorum: 2 }, [
        { choice: 'reject', reason: null },
      ]),
    ).toBe('قررت اللجنة الرفض بأغلبية الأصوات (موافقة 0، رفض 2، امتناع 0)');
  });
});
