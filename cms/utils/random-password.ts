import crypto from 'crypto';

/**
 * P1: a password nobody chose, for the accounts Wasl creates itself (the first super admin, the demo
 * staff). 24 characters of base64url carry 144 random bits; the loop keeps only candidates with a
 * lowercase letter, an uppercase letter and a digit, the rules Strapi's admin applies to its own
 * passwords, so the owner can keep it when they first change theirs.
 */
export const randomPassword = (length = 24): string => {
  for (;;) {
    const candidate = crypto.randomBytes(length).toString('base64url').slice(0, length);
    if (/[a-z]/.test(candidate) && /[A-Z]/.test(candidate) && /\d/.test(candidate)) return candidate;
  }
};
