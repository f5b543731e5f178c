/**
 * P1: the rules a super admin password given in WASL_ADMIN_PASSWORD must meet before Wasl creates the
 * account with it: Strapi's own admin rules (8–72 bytes, a lowercase letter, an uppercase letter, a
 * digit) tightened to the staff minimum of 12 characters, not the e-mail address or its local part,
 * and not in zxcvbn-ts' list of 49k common passwords (a maintained list instead of one of our own).
 */
import { dictionary } from '@zxcvbn-ts/language-common';

export type AdminPasswordProblem =
  'too_short' | 'too_long' | 'no_lowercase' | 'no_uppercase' | 'no_digit' | 'is_email' | 'common';

const COMMON = new Set(dictionary.passwords.map((word) => word.toLowerCase()));

export const isCommonPassword = (password: string): boolean => COMMON.has(password.toLowerCase());

export const adminPasswordProblems = (password: string, email: string): AdminPasswordProblem[] => {
  const lower = password.toLowerCase();
  const problems: AdminPasswordProblem[] = [];
  if (password.length < 12) problems.push('too_short');
  if (new TextEncoder().encode(password).length > 72) problems.push('too_long');
  if (!/[a-z]/.test(password)) problems.push('no_lowercase');
  if (!/[A-Z]/.test(password)) problems.push('no_uppercase');
  if (!/\d/.test(password)) problems.push('no_digit');
  if ([email.toLowerCase(), email.toLowerCase().split('@')[0]].includes(lower)) problems.push('is_email');
  if (isCommonPassword(password)) problems.push('common');
  return problems;
};
