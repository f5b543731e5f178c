/** "My queue": the states in which a request waits on this role (the transition table's `from` side). */
import { TRANSITIONS } from '../../../cms/domain/request-journey';
import type { StaffRole } from '../../../cms/constants/roles';

export const queueFor = (role: StaffRole | null): string[] | undefined => {
  if (!role) return undefined;
  const states = [...new Set(TRANSITIONS.filter((t) => t.roles.includes(role)).map((t) => t.from))];
  return states.length ? states : undefined;
};
