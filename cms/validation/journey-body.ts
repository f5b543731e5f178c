/**
 * Request shapes of the workflow endpoints. Unknown keys are refused: a typo must not be ignored
 * silently on a step that changes a beneficiary's request.
 */
import { REQUEST_STATUSES } from '../domain/request-journey';
import type { FieldError } from '../utils/errors';
import type { TransitionInput } from '../services/request-journey';
import type { VoteInput } from '../services/committee';

type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const MAX_NOTE = 2000;

const screen = (body: unknown, allowed: string[]): { data: Record<string, unknown>; errors: FieldError[] } => {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { data: {}, errors: [{ field: 'body', code: 'VALIDATION_FAILED' }] };
  const data = body as Record<string, unknown>;
  return {
    data,
    errors: Object.keys(data)
      .filter((k) => !allowed.includes(k))
      .map((field) => ({ field, code: 'UNKNOWN_FIELD' as const })),
  };
};

const optionalText = (data: Record<string, unknown>, field: string, errors: FieldError[]): string | null => {
  const value = data[field];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') errors.push({ field, code: 'FIELD_INVALID_TYPE' });
  else if (value.length > MAX_NOTE) errors.push({ field, code: 'FIELD_TOO_LONG', params: { max: MAX_NOTE } });
  else return value.trim();
  return null;
};

export const parseTransitionBody = (body: unknown): Outcome<TransitionInput> => {
  const { data, errors } = screen(body, ['to', 'note', 'version']);
  if (typeof data.to !== 'string' || !(REQUEST_STATUSES as readonly string[]).includes(data.to)) {
    errors.push(
      data.to === undefined
        ? { field: 'to', code: 'FIELD_REQUIRED' }
        : { field: 'to', code: 'FIELD_INVALID_ENUM', params: { values: REQUEST_STATUSES.join(', ') } },
    );
  }
  const note = optionalText(data, 'note', errors);
  if (data.version !== undefined && !(Number.isInteger(data.version) && (data.version as number) >= 1))
    errors.push({ field: 'version', code: 'FIELD_INVALID_TYPE' });
  return errors.length
    ? { ok: false, errors }
    : { ok: true, value: { to: data.to as string, note, version: (data.version as number | undefined) ?? null } };
};

const CHOICES = ['approve', 'reject', 'abstain'] as const;

export const parseVoteBody = (body: unknown): Outcome<VoteInput> => {
  const { data, errors } = screen(body, ['choice', 'reason']);
  if (!CHOICES.includes(data.choice as VoteInput['choice'])) {
    errors.push(
      data.choice === undefined
        ? { field: 'choice', code: 'FIELD_REQUIRED' }
        : { field: 'choice', code: 'FIELD_INVALID_ENUM', params: { values: CHOICES.join(', ') } },
    );
  }
  const reason = optionalText(data, 'reason', errors);
  return errors.length
    ? { ok: false, errors }
    : { ok: true, value: { choice: data.choice as VoteInput['choice'], reason } };
};

const MAX_MINUTES = 20000;

/** H6: the minutes' text is required; approving takes no body at all. */
export const parseMinutesBody = (body: unknown): Outcome<{ minutesAr: string }> => {
  const { data, errors } = screen(body, ['minutesAr']);
  const text = typeof data.minutesAr === 'string' ? data.minutesAr.trim() : '';
  if (data.minutesAr === undefined || (typeof data.minutesAr === 'string' && !text))
    errors.push({ field: 'minutesAr', code: 'FIELD_REQUIRED' });
  else if (typeof data.minutesAr !== 'string') errors.push({ field: 'minutesAr', code: 'FIELD_INVALID_TYPE' });
  else if (text.length > MAX_MINUTES)
    errors.push({ field: 'minutesAr', code: 'FIELD_TOO_LONG', params: { max: MAX_MINUTES } });
  return errors.length ? { ok: false, errors } : { ok: true, value: { minutesAr: text } };
};

export const parseEmptyBody = (body: unknown): Outcome<Record<string, never>> => {
  if (body === undefined || body === null) return { ok: true, value: {} };
  const { errors } = screen(body, []);
  return errors.length ? { ok: false, errors } : { ok: true, value: {} };
};

/** H5: `{ "image": "data:image/png;base64,…" }`; the image itself is checked by cms/domain/signature-image.ts. */
export const parseSignatureBody = (body: unknown): Outcome<{ image: unknown }> => {
  const { data, errors } = screen(body, ['image']);
  if (!errors.length && (data.image === undefined || data.image === ''))
    errors.push({ field: 'image', code: 'FIELD_REQUIRED' });
  return errors.length ? { ok: false, errors } : { ok: true, value: { image: data.image } };
};

/** H6: a person records that they reached the beneficiary (the call made, the letter posted), with a note. */
export const parseTaskDoneBody = (body: unknown): Outcome<{ note: string | null }> => {
  const { data, errors } = screen(body ?? {}, ['note']);
  const note = optionalText(data, 'note', errors);
  return errors.length ? { ok: false, errors } : { ok: true, value: { note } };
};
