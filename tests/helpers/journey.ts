/** Builds a request through the API as the front desk would: a beneficiary, a request, an attestation. */
import { randomInt } from 'crypto';
import { generateSaudiId } from '../../cms/domain/saudi-id';
import { http, loginAs } from './api';

export type Beneficiary = { id: string };
export type ServiceRequest = {
  id: string;
  trackingNumber: string;
  status: string;
  version: number;
  dueAt: string | null;
  completedAt: string | null;
};

export const registerBeneficiary = async (patch: Record<string, unknown> = {}): Promise<Beneficiary> => {
  // Each test file has its own module registry, so a counter would repeat across files: a random seed
  // above the demo's and the other tests' ranges keeps national IDs unique.
  const seed = randomInt(2_000_000, 99_999_999);
  const res = await http<Beneficiary>('POST', '/api/wasl/beneficiaries', {
    token: await loginAs('reception_officer'),
    body: {
      nationalId: generateSaudiId('citizen', seed),
      fullNameAr: 'هند سعد عبدالله الغامدي',
      nationality: 'SA',
      legalResidency: true,
      gender: 'female',
      socialStatus: 'divorced',
      category: 'woman',
      preferredChannel: 'email',
      phone: `05${String(seed % 100_000_000).padStart(8, '0')}`,
      email: `hind${seed}@mail.example`,
      consentGiven: true,
      ...patch,
    },
  });
  if (res.status !== 201) throw new Error(`beneficiary: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

export const serviceId = async (key: string): Promise<string> => {
  const res = await http<{ id: string }[]>('GET', '/api/wasl/services', {
    token: await loginAs('reception_officer'),
    query: { filter: { key } },
  });
  if (!res.body[0]) throw new Error(`no service ${key}`);
  return res.body[0].id;
};

export const fileRequest = async (
  beneficiary: string,
  service: string,
  patch: Record<string, unknown> = {},
): Promise<ServiceRequest> => {
  const res = await http<ServiceRequest>('POST', '/api/wasl/service-requests', {
    token: await loginAs('reception_officer'),
    body: {
      beneficiary,
      service,
      channel: 'in_person',
      documentsProvided: ['national_id_copy'],
      registeredOnline: true,
      ...patch,
    },
  });
  if (res.status !== 201) throw new Error(`request: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

export const attest = async (beneficiary: string, request: string) => {
  const res = await http('POST', '/api/wasl/attestations', {
    token: await loginAs('reception_officer'),
    body: {
      beneficiary,
      request,
      method: 'witnessed_checkbox',
      statementAr: 'أقر بصحة البيانات المقدمة وأنني مسؤول عنها مسؤولية مباشرة',
    },
  });
  if (res.status !== 201) throw new Error(`attestation: ${res.status} ${JSON.stringify(res.body)}`);
};

export const move = (token: string, request: string, to: string, extra: Record<string, unknown> = {}) =>
  http<Record<string, unknown>>('POST', `/api/wasl/service-requests/${request}/transitions`, {
    token,
    body: { to, ...extra },
  });
