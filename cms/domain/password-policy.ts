/**
 * The staff password policy (P1: an account is only as confidential as its password): at least 12
 * characters, not containing the username, not one of the common passwords attackers try first, and
 * at most 72 bytes (bcrypt ignores what follows, so a longer password would be weaker than it looks).
 * The common list is zxcvbn-ts's (`@zxcvbn-ts/language-common`, ~49k entries, all lower case), kept
 * up by that project rather than by us.
 */
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_BYTES = 72;

export type PasswordRule =
  'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_CONTAINS_USERNAME' | 'PASSWORD_TOO_COMMON';

let common: ReadonlySet<string> | null = null;
const commonPasswords = (): ReadonlySet<string> => (common ??= new Set(dictionary.passwords));

/**
 * The first rule the password breaks, or null when it passes. `username` may be absent (no account
 * yet); a username shorter than 3 characters is not searched for, or every password with "ab" in it
 * would be refused for user "ab".
 */
export const checkPassword = (password: string, username?: string | null): PasswordRule | null => {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'PASSWORD_TOO_SHORT';
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) return 'PASSWORD_TOO_LONG';
  const lower = password.toLowerCase();
  const name = (username ?? '').trim().toLowerCase();
  if (name.length >= 3 && lower.includes(name)) return 'PASSWORD_CONTAINS_USERNAME';
  if (commonPasswords().has(lower)) return 'PASSWORD_TOO_COMMON';
  return null;
};
