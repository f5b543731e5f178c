/**
 * Reads an association profile (YAML, issue 14): parses it with `yaml`, checks it against
 * config/associations/profile.schema.json with ajv (filling the schema's defaults), then the checks a
 * schema cannot do (cms/domain/profile-checks.ts) and the questionnaires' own rules. Every problem names
 * the JSON pointer of the value at fault and a code with Arabic and English messages.
 */
import Ajv, { type ErrorObject } from 'ajv';
import { parseDocument } from 'yaml';
import schema from '../../config/associations/profile.schema.json';
import type { ErrorCode } from '../constants/errors';
import { checkProfile } from '../domain/profile-checks';
import type { AssociationProfile, ProfileProblem } from '../domain/profile-types';
import { parseQuestions } from './survey-body';

// validateFormats off: the schema uses patterns, never formats; strict off for the oneOf without types.
const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false, validateFormats: false });
const validate = ajv.compile<AssociationProfile>(schema);

export type ProfileRead = { ok: true; profile: AssociationProfile } | { ok: false; problems: ProfileProblem[] };

const problemOf = (e: ErrorObject): ProfileProblem => {
  const p = e.params as Record<string, unknown>;
  const child = (key: unknown) => `${e.instancePath}/${String(key)}`;
  switch (e.keyword) {
    case 'required':
      return { path: child(p.missingProperty), code: 'FIELD_REQUIRED' };
    case 'additionalProperties':
      return { path: child(p.additionalProperty), code: 'UNKNOWN_FIELD' };
    case 'enum':
      return {
        path: e.instancePath,
        code: 'FIELD_INVALID_ENUM',
        params: { values: (p.allowedValues as string[]).join(', ') },
      };
    case 'const':
      return { path: e.instancePath, code: 'FIELD_INVALID_ENUM', params: { values: String(p.allowedValue) } };
    case 'minimum':
      return { path: e.instancePath, code: 'PROFILE_TOO_SMALL', params: { min: Number(p.limit) } };
    case 'maximum':
      return { path: e.instancePath, code: 'PROFILE_TOO_LARGE', params: { max: Number(p.limit) } };
    case 'maxLength':
      return { path: e.instancePath, code: 'FIELD_TOO_LONG', params: { max: Number(p.limit) } };
    case 'minLength':
      return { path: e.instancePath, code: 'FIELD_REQUIRED' };
    case 'minItems':
      return { path: e.instancePath, code: 'PROFILE_TOO_FEW', params: { min: Number(p.limit) } };
    case 'pattern':
      return { path: e.instancePath, code: 'PROFILE_PATTERN' };
    case 'uniqueItems':
      return {
        path: `${e.instancePath}/${String(p.i)}`,
        code: 'PROFILE_DUPLICATE_KEY',
        params: { value: String(p.i) },
      };
    default:
      return { path: e.instancePath, code: 'FIELD_INVALID_TYPE' };
  }
};

/** A holiday's `oneOf` (hijri or gregorian) reports three errors for one fault: keep one per path and code. */
const unique = (problems: ProfileProblem[]): ProfileProblem[] =>
  problems.filter((p, i) => problems.findIndex((q) => q.path === p.path && q.code === p.code) === i);

const questionProblems = (profile: AssociationProfile): ProfileProblem[] =>
  profile.surveys.flatMap((survey, i) => {
    const parsed = parseQuestions(survey.questions);
    // The stored form (`required` explicit, options only on choice questions) is the profile's form too.
    if (parsed.ok) survey.questions = parsed.value as unknown as Record<string, unknown>[];
    return parsed.ok
      ? []
      : parsed.errors.map((e) => ({
          path: `/surveys/${i}/${e.field.split('.').join('/')}`,
          code: e.code,
          ...(e.params ? { params: e.params } : {}),
        }));
  });

export const readProfile = (text: string): ProfileRead => {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0)
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        path: '',
        code: 'PROFILE_NOT_YAML',
        params: { reason: e.message.split('\n')[0] },
      })),
    };
  const data: unknown = doc.toJS();
  if (!validate(data)) return { ok: false, problems: unique((validate.errors ?? []).map(problemOf)) };
  const problems = [...checkProfile(data), ...questionProblems(data)];
  return problems.length ? { ok: false, problems } : { ok: true, profile: data };
};

/** The field errors the API answers with: `field` is the JSON pointer. */
export const problemsAsFieldErrors = (problems: ProfileProblem[]) =>
  problems.map((p) => ({ field: p.path || '/', code: p.code as ErrorCode, ...(p.params ? { params: p.params } : {}) }));
