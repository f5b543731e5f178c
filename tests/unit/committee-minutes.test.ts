/** H6: minutes are written by a member and approved by each member who took part. */
import {
  checkMinutesApproval,
  checkMinutesWrite,
  minutesComplete,
  requiredApprovers,
} from '../../cms/domain/committee-minutes';

const at = '2026-11-24T10:00:00.000Z';

describe('committee minutes', () => {
  it('[ESR-H6] the members who voted approve; with no votes, every member does', () => {
    expect(requiredApprovers([1, 2, 3], [2, 3, 9])).toEqual([2, 3]);
    expect(requiredApprovers([1, 2, 3], [])).toEqual([1, 2, 3]);
  });

  it.each([
    ['held', 1, { ok: true }],
    ['minutes_pending', 1, { ok: true }],
    ['minutes_approved', 1, { ok: false, code: 'MINUTES_LOCKED' }],
    ['cancelled', 1, { ok: false, code: 'MINUTES_LOCKED' }],
    ['held', 7, { ok: false, code: 'NOT_COMMITTEE_MEMBER' }],
  ] as const)('[ESR-H6] writing minutes of a %s meeting as member %i', (status, member, expected) => {
    expect(checkMinutesWrite(status, member, [1, 2])).toEqual(expected);
  });

  it.each([
    ['pending, first approval', 'minutes_pending', 1, [], { ok: true }],
    [
      'twice by the same member',
      'minutes_pending',
      1,
      [{ member: 1, at }],
      { ok: false, code: 'MINUTES_ALREADY_APPROVED' },
    ],
    ['before the minutes are written', 'held', 1, [], { ok: false, code: 'MINUTES_NOT_PENDING' }],
    ['by someone who did not take part', 'minutes_pending', 3, [], { ok: false, code: 'NOT_COMMITTEE_MEMBER' }],
  ] as const)('[ESR-H6] approving: %s', (_name, status, member, approvals, expected) => {
    expect(checkMinutesApproval(status, member, [1, 2], approvals)).toEqual(expected);
  });

  it('[ESR-H6] the minutes are approved only when every required member has approved', () => {
    expect(minutesComplete([1, 2], [{ member: 1, at }])).toBe(false);
    expect(
      minutesComplete(
        [1, 2],
        [
          { member: 2, at },
          { member: 1, at },
        ],
      ),
    ).toBe(true);
  });
});
