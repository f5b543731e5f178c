/**
 * PD1–PD4: the profile's policy documents, written through Strapi's document service so that
 * publishing goes through the same path as the console's (the board-approval check of issue 13 runs on
 * every publish, whoever publishes). A policy whose text carries no approval stays a draft (`publish: false`).
 */
import type { Core } from '@strapi/strapi';
import type { AssociationProfile, ProfilePolicy } from '../domain/profile-types';

const UID = 'plugin::wasl.policy-document' as const;
type Doc = { documentId: string };

const fields = (p: ProfilePolicy, supersedes: string | null) => ({
  policyKey: p.key,
  kind: p.kind,
  titleAr: p.titleAr,
  titleEn: p.titleEn ?? null,
  bodyAr: p.bodyAr ?? null,
  bodyEn: p.bodyEn ?? null,
  versionNumber: p.version,
  isOfficerTool: p.officerTool,
  boardMeetingNumber: p.approval?.meetingNumber ?? null,
  boardSession: p.approval?.session ?? null,
  approvalDate: p.approval?.date ?? null,
  approvalDateHijri: p.approval?.dateHijri ?? null,
  chairName: p.approval?.chair ?? null,
  signatories: p.approval?.signatories ?? [],
  supersedes,
});

/** Policies a superseding one points at are written first, so its relation finds them. */
const inOrder = (policies: ProfilePolicy[]): ProfilePolicy[] => [
  ...policies.filter((p) => !p.supersedes),
  ...policies.filter((p) => p.supersedes),
];

export const writeProfilePolicies = async (strapi: Core.Strapi, profile: AssociationProfile, keys: string[]) => {
  const docs = strapi.documents(UID);
  const documentIdOf = async (policyKey: string): Promise<string | null> =>
    ((await docs.findFirst({ filters: { policyKey }, fields: ['policyKey'] })) as Doc | null)?.documentId ?? null;
  for (const policy of inOrder(profile.policies.filter((p) => keys.includes(p.key)))) {
    const supersedes = policy.supersedes ? await documentIdOf(policy.supersedes) : null;
    const data = fields(policy, supersedes) as never;
    const existing = await documentIdOf(policy.key);
    const documentId = existing
      ? ((await docs.update({ documentId: existing, data })) as Doc).documentId
      : ((await docs.create({ data })) as Doc).documentId;
    if (policy.publish) await docs.publish({ documentId });
    else if (existing) await docs.unpublish({ documentId });
  }
};
