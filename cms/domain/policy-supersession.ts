/**
 * PD2: which document supersedes which. A document is superseded when the current version of another
 * document names it; when several do, the most recently published one is the one shown. Read by the
 * website (cms/site/policy-catalogue.ts) and the console (cms/services/policy-reads.ts), so both say the same.
 */
export type SupersedingVersion = {
  policyDocumentId: string;
  supersedesDocumentId: string | null;
  versionPublishedAt: string | Date;
};

/** The most recently published first. */
export const newerPublish = (a: SupersedingVersion, b: SupersedingVersion) =>
  new Date(b.versionPublishedAt).getTime() - new Date(a.versionPublishedAt).getTime();

/** Each superseded document id with the current version that supersedes it; `currents` are current versions only. */
export const supersessions = <T extends SupersedingVersion>(currents: readonly T[]): Map<string, T> => {
  const map = new Map<string, T>();
  for (const current of [...currents].sort(newerPublish)) {
    const old = current.supersedesDocumentId;
    if (old && old !== current.policyDocumentId && !map.has(old)) map.set(old, current);
  }
  return map;
};
