/**
 * H6: once the committee's quorum has voted and a majority stands, the committee has decided: the
 * decision is recorded at that vote, so no request sits in committee with a settled vote. A tie (or
 * a vote short of quorum) leaves the request before the committee for the remaining members.
 */
import type { VoteTally } from './request-journey';

export type Outcome = 'approved' | 'rejected';
export type CastVote = { choice: string; reason: string | null };

export const settledOutcome = (votes: VoteTally): Outcome | null => {
  if (votes.approve + votes.reject + votes.abstain < votes.quorum) return null;
  if (votes.approve > votes.reject) return 'approved';
  if (votes.reject > votes.approve) return 'rejected';
  return null;
};

/**
 * The decision's reasons, as the beneficiary is told them (H6): the tally, and the reasons the
 * members of the majority gave (each once), never the minority's deliberation.
 */
export const decisionReasons = (outcome: Outcome, votes: VoteTally, cast: readonly CastVote[]): string => {
  const verdict = outcome === 'approved' ? 'الموافقة' : 'الرفض';
  const tally = `قررت اللجنة ${verdict} بأغلبية الأصوات (موافقة ${votes.approve}، رفض ${votes.reject}، امتناع ${votes.abstain})`;
  const side = outcome === 'approved' ? 'approve' : 'reject';
  const reasons = [
    ...new Set(
      cast
        .filter((v) => v.choice === side)
        .map((v) => v.reason?.trim())
        .filter((r): r is string => Boolean(r)),
    ),
  ];
  return reasons.length ? `${tally}: ${reasons.join('؛ ')}` : tally;
};
