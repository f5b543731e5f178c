/**
 * P1: recognises personal values (a Saudi national ID or iqama number, a Saudi phone number, an e-mail
 * address) inside free-form data, so that the audit log can refuse to keep them: an entry names the
 * fields that changed, never what they hold. Pure: no Strapi, no I/O.
 */
import { toAsciiDigits } from './arabic-text';
import { normaliseSaudiPhone } from './phone';

export type PersonalKind = 'national_id' | 'phone' | 'email';

// A run of digits with the separators people type inside numbers, not glued to a letter or digit
// (so an opaque id such as a cuid that happens to hold digits is not mistaken for a number).
const NUMBER_RUN = /(?<![A-Za-z0-9])\+?\d[\d\s\-\u2010-\u2015()]*\d(?![A-Za-z0-9])/g;
const EMAIL = /[^\s@<>()[\]{}"',;:]+@[^\s@<>()[\]{}"',;:]+\.[A-Za-z\u0600-\u06FF]{2,}/;
// Citizens' IDs start with 1, residents' (iqama) with 2; ten digits written together (cms/domain/saudi-id.ts).
// Only a phone is matched across separators: `CMP-1447-000123` (a tracking number) is not an ID.
const SAUDI_ID = /(?<![A-Za-z0-9])[12]\d{9}(?![A-Za-z0-9])/;

const isPhone = (run: string): boolean => {
  const compact = run.replace(/[^\d+]/g, '');
  return compact.replace(/\D/g, '').length >= 9 && normaliseSaudiPhone(compact).ok;
};

/** The kind of personal value a string holds (anywhere in it), or null. */
export const personalKindOf = (text: string): PersonalKind | null => {
  const ascii = toAsciiDigits(text);
  if (EMAIL.test(ascii)) return 'email';
  if (SAUDI_ID.test(ascii)) return 'national_id';
  for (const match of ascii.matchAll(NUMBER_RUN)) if (isPhone(match[0])) return 'phone';
  return null;
};

export type Redaction = { path: string; kind: PersonalKind };
export type Redacted = { value: unknown; redactions: Redaction[] };

const marker = (kind: PersonalKind) => `[redacted:${kind}]`;

/**
 * Copies `value` with every string (and every object key) that holds a personal value replaced by a
 * marker; `redactions` lists where (JSON paths), never what.
 */
export const redactPersonalValues = (value: unknown, path = '$'): Redacted => {
  if (typeof value === 'string') {
    const kind = personalKindOf(value);
    return kind ? { value: marker(kind), redactions: [{ path, kind }] } : { value, redactions: [] };
  }
  if (Array.isArray(value)) {
    const items = value.map((item, index) => redactPersonalValues(item, `${path}[${index}]`));
    return { value: items.map((i) => i.value), redactions: items.flatMap((i) => i.redactions) };
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    const redactions: Redaction[] = [];
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const keyKind = personalKindOf(key);
      if (keyKind) {
        redactions.push({ path: `${path}.${marker(keyKind)}`, kind: keyKind });
        continue;
      }
      const item = redactPersonalValues(inner, `${path}.${key}`);
      out[key] = item.value;
      redactions.push(...item.redactions);
    }
    return { value: out, redactions };
  }
  return { value, redactions: [] };
};
