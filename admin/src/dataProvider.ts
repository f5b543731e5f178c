/**
 * ra-data-simple-rest on /api/wasl (cms/routes/records.ts), unchanged, plus the named workflow
 * actions (cms/routes/journey.ts): business outcomes are their own POST routes, never overloaded updates.
 */
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { fetchFile, httpClient } from './httpClient';
import { API_URL } from './session';
import type { Unmet } from '../../cms/domain/eligibility';
import type { AttachmentView } from '../../cms/services/private-media';

const BASE = `${API_URL}/wasl`;

export type VoteChoice = 'approve' | 'reject' | 'abstain';
export type JourneyView = {
  status: string;
  version: number;
  missing: Unmet[];
  hasAttestation: boolean;
  votes: { approve: number; reject: number; abstain: number; quorum: number };
  nextSteps: string[];
};

/** PD: GET /policy-documents/:id/signatures (cms/services/staff.ts). */
export type PolicySignatures = {
  versionNumber: number | null;
  signed: number;
  total: number;
  staff: {
    id: number;
    username: string;
    fullNameAr: string | null;
    fullNameEn: string | null;
    role: string;
    signed: boolean;
    acknowledgedAt: string | null;
  }[];
};

/** H6: GET /service-requests/:id/contact-tasks, GET /complaints/:id/contact-tasks (cms/services/contact-tasks.ts). */
export type TaskOwner = 'service-requests' | 'complaints';
export type ContactTask = {
  id: number;
  channel: string;
  template: string;
  subject: string | null;
  bodyText: string;
  status: 'staff_task' | 'done';
  recipient: string;
  createdAt: string;
  doneAt: string | null;
  doneById: number | null;
  doneNote: string | null;
};

export type MinutesView = {
  status: string;
  minutesAr: string | null;
  approvals: { member: number; at: string }[];
  pending: number[];
};

/** MC4: GET /surveys/:id/results (cms/services/surveys.ts results). */
export type SurveySummary = { responses: number; averageScore: number | null; csat: number | null };
export type SurveyResults = SurveySummary & {
  from: string;
  to: string;
  invitations: number | null;
  answeredInvitations: number | null;
  responseRate: number | null;
  questions: {
    key: string;
    kind: 'likert' | 'choice' | 'text';
    labelAr: string;
    labelEn: string;
    answered: number;
    mean?: number | null;
    distribution?: { value: number | string; labelAr?: string; labelEn?: string; count: number }[];
    texts?: string[];
  }[];
  comments: string[];
  byService: (SurveySummary & {
    serviceId: number | null;
    serviceNameAr: string | null;
    serviceNameEn: string | null;
  })[];
  byBranch: (SurveySummary & { branchId: number | null; branchNameAr: string | null; branchNameEn: string | null })[];
  byMonth: (SurveySummary & { month: string })[];
};

/** MC1: GET /front-desk/today and GET /visit-totals (cms/services/front-desk.ts). */
export type PurposeCount = { key: string; count: number };
export type TodayCounters = { date: string; branch: string; total: number; byPurpose: PurposeCount[] };
export type VisitTotals = {
  from: string;
  to: string;
  rows: { visitDate: string; branchId: string; branchName: string; total: number; byPurpose: PurposeCount[] }[];
  totals: { total: number; byPurpose: PurposeCount[] };
};

export type WaslDataProvider = DataProvider & {
  recordWalkIn: (input: { branch: string; purpose: string; outcome?: string }) => Promise<unknown>;
  undoWalkIn: (input: { branch: string; purpose: string }) => Promise<unknown>;
  getTodayCounters: (branch: string) => Promise<TodayCounters>;
  getVisitTotals: (query: { from: string; to: string; branch?: string }) => Promise<VisitTotals>;
  /** S2: JPEG or PNG photos of a finding (multipart; the server decodes each and keeps it private). */
  addFindingPhotos: (findingId: string, files: File[]) => Promise<unknown>;
  getJourney: (requestId: string) => Promise<JourneyView>;
  transitionRequest: (
    requestId: string,
    input: { to: string; note?: string; version?: number },
  ) => Promise<JourneyView>;
  castVote: (requestId: string, input: { choice: VoteChoice; reason?: string }) => Promise<unknown>;
  getMinutes: (meetingId: string) => Promise<MinutesView>;
  writeMinutes: (meetingId: string, minutesAr: string) => Promise<MinutesView>;
  approveMinutes: (meetingId: string) => Promise<MinutesView>;
  complaintStep: (complaintId: string, step: string, body: Record<string, unknown>) => Promise<unknown>;
  signAttestation: (attestationId: string, image: string) => Promise<unknown>;
  getPolicySignatures: (policyId: string) => Promise<PolicySignatures>;
  /** PD1–PD4: the association admin publishes or withdraws a policy document (cms/routes/policy-publishing.ts). */
  publishPolicy: (policyId: string) => Promise<unknown>;
  unpublishPolicy: (policyId: string) => Promise<unknown>;
  getContactTasks: (owner: TaskOwner, id: string) => Promise<ContactTask[]>;
  completeContactTask: (taskId: number, note: string) => Promise<ContactTask>;
  /** P1: the complaint's files and, for any `downloadPath` the API names, the file itself. */
  getComplaintAttachments: (complaintId: string) => Promise<AttachmentView[]>;
  fetchPrivateFile: (downloadPath: string) => Promise<Blob>;
  updateStaff: (staffId: number, input: { blocked?: boolean; role?: string }) => Promise<unknown>;
  issuePasswordReset: (staffId: number) => Promise<{ expiresAt: string }>;
  getSurveyResults: (
    surveyId: string,
    query: { from?: string; to?: string; branch?: string },
  ) => Promise<SurveyResults>;
  sendSurveyCampaign: (
    surveyId: string,
    input: { period: string; branch?: string },
  ) => Promise<{ invited: number; alreadyInvited: number }>;
  /** Issue 14: the association profile file, previewed, imported on the preview's hash, exported. */
  previewProfile: (text: string) => Promise<unknown>;
  importProfile: (text: string, confirm: string) => Promise<unknown>;
  exportProfile: () => Promise<{ text: string; filename: string }>;
};

const post = async <T>(path: string, body: unknown): Promise<T> =>
  (await httpClient(`${BASE}${path}`, { method: 'POST', body: JSON.stringify(body) })).json as T;

export const dataProvider: WaslDataProvider = {
  ...simpleRestProvider(BASE, httpClient),
  recordWalkIn: (input) => post('/front-desk/visits', input),
  addFindingPhotos: async (findingId, files) => {
    const form = new FormData();
    for (const file of files) form.append('photos', file, file.name);
    return (await httpClient(`${BASE}/inspection-findings/${findingId}/photos`, { method: 'POST', body: form })).json;
  },
  undoWalkIn: (input) => post('/front-desk/visits/undo', input),
  getTodayCounters: async (branch) =>
    (await httpClient(`${BASE}/front-desk/today?${new URLSearchParams({ branch })}`)).json as TodayCounters,
  getVisitTotals: async (query) =>
    (
      await httpClient(
        `${BASE}/visit-totals?${new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])))}`,
      )
    ).json as VisitTotals,
  getJourney: async (requestId) =>
    (await httpClient(`${BASE}/service-requests/${requestId}/journey`)).json as JourneyView,
  transitionRequest: (requestId, input) => post<JourneyView>(`/service-requests/${requestId}/transitions`, input),
  castVote: (requestId, input) => post(`/service-requests/${requestId}/votes`, input),
  signAttestation: (attestationId, image) => post(`/attestations/${attestationId}/signature`, { image }),
  getMinutes: async (meetingId) =>
    (await httpClient(`${BASE}/committee-meetings/${meetingId}/minutes`)).json as MinutesView,
  writeMinutes: async (meetingId, minutesAr) =>
    (
      await httpClient(`${BASE}/committee-meetings/${meetingId}/minutes`, {
        method: 'PUT',
        body: JSON.stringify({ minutesAr }),
      })
    ).json as MinutesView,
  approveMinutes: (meetingId) => post<MinutesView>(`/committee-meetings/${meetingId}/minutes/approvals`, {}),
  complaintStep: (complaintId, step, body) => post(`/complaints/${complaintId}/${step}`, body),
  publishPolicy: (policyId) => post(`/policy-documents/${policyId}/publish`, {}),
  unpublishPolicy: (policyId) => post(`/policy-documents/${policyId}/unpublish`, {}),
  getPolicySignatures: async (policyId) =>
    (await httpClient(`${BASE}/policy-documents/${policyId}/signatures`)).json as PolicySignatures,
  getContactTasks: async (owner, id) =>
    (await httpClient(`${BASE}/${owner}/${id}/contact-tasks`)).json as ContactTask[],
  completeContactTask: (taskId, note) => post<ContactTask>(`/contact-tasks/${taskId}/done`, note ? { note } : {}),
  getComplaintAttachments: async (complaintId) =>
    (await httpClient(`${BASE}/complaints/${complaintId}/attachments`)).json as AttachmentView[],
  // downloadPath is absolute from the origin (/api/wasl/…), as the API writes it.
  fetchPrivateFile: (downloadPath) => fetchFile(downloadPath),
  // P1: block / re-role send only the changed field (the route refuses any other key); the reset answer has no link.
  updateStaff: async (staffId, input) =>
    (await httpClient(`${BASE}/staff/${staffId}`, { method: 'PUT', body: JSON.stringify(input) })).json,
  issuePasswordReset: (staffId) => post<{ expiresAt: string }>(`/staff/${staffId}/password-reset`, {}),
  getSurveyResults: async (surveyId, query) => {
    const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
    const text = params.toString();
    return (await httpClient(`${BASE}/surveys/${surveyId}/results${text ? `?${text}` : ''}`)).json as SurveyResults;
  },
  sendSurveyCampaign: (surveyId, input) =>
    post<{ invited: number; alreadyInvited: number }>(`/surveys/${surveyId}/campaigns`, input),
  previewProfile: (text) => post('/profile/preview', { text }),
  importProfile: (text, confirm) => post('/profile/import', { text, confirm }),
  exportProfile: async () => {
    const { body, headers } = await httpClient(`${BASE}/profile/export`);
    const named = /filename="?([^";]+)"?/.exec(headers.get('Content-Disposition') ?? '');
    return { text: body, filename: named?.[1] ?? 'association-profile.yaml' };
  },
};
