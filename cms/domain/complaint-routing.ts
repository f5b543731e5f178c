/**
 * I1: a contact officer answers for each area of work and each beneficiary category. Routing picks
 * the active assignment that matches the complaint best: both the complaint category and the
 * beneficiary category, then the complaint category alone (a rule with no beneficiary category),
 * then the beneficiary category alone (a rule with no complaint category). Ties go to the oldest
 * rule, so routing is stable when an admin adds a second officer. Pure: the rules are data.
 */
export type RoutingRule = {
  id: number;
  officerId: number;
  areaAr: string;
  complaintCategory: string | null;
  beneficiaryCategory: string | null;
  active: boolean;
};

export type RoutingFacts = { category: string; beneficiaryCategory: string | null };

export type Route = {
  officerId: number;
  department: string;
  ruleId: number;
  match: 'both' | 'category' | 'beneficiary_category';
};

const scoreOf = (rule: RoutingRule, facts: RoutingFacts): Route['match'] | null => {
  const categoryHit = rule.complaintCategory === facts.category;
  const beneficiaryHit = facts.beneficiaryCategory !== null && rule.beneficiaryCategory === facts.beneficiaryCategory;
  if (categoryHit && beneficiaryHit) return 'both';
  if (categoryHit && rule.beneficiaryCategory === null) return 'category';
  if (beneficiaryHit && rule.complaintCategory === null) return 'beneficiary_category';
  // A rule for one beneficiary category also answers that category's complaints of its own area.
  if (categoryHit && facts.beneficiaryCategory === null) return 'category';
  return null;
};

const RANK: Record<Route['match'], number> = { both: 3, category: 2, beneficiary_category: 1 };

/** The best route for a complaint, or null when no rule matches (it stays with the follow-up committee). */
export const routeComplaint = (rules: readonly RoutingRule[], facts: RoutingFacts): Route | null => {
  let best: Route | null = null;
  for (const rule of [...rules].sort((a, b) => a.id - b.id)) {
    if (!rule.active) continue;
    const match = scoreOf(rule, facts);
    if (match && (!best || RANK[match] > RANK[best.match]))
      best = { officerId: rule.officerId, department: rule.areaAr, ruleId: rule.id, match };
  }
  return best;
};
