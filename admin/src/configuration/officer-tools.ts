/** ALL-TOOLS: one choice per policy key (its newest version's title), and any chosen key no document has any more. */
export type PolicyRow = { policyKey: string; titleAr: string; titleEn?: string | null; versionNumber?: number | null };
export type ToolChoice = { key: string; title: string; missing: boolean };

export const policyChoices = (rows: readonly PolicyRow[], chosen: readonly string[], locale: string): ToolChoice[] => {
  const newest = new Map<string, PolicyRow>();
  for (const row of rows) {
    const seen = newest.get(row.policyKey);
    if (!seen || (row.versionNumber ?? 0) > (seen.versionNumber ?? 0)) newest.set(row.policyKey, row);
  }
  const choices = [...newest.values()].map((row) => ({
    key: row.policyKey,
    title: (locale === 'en' ? row.titleEn : null) || row.titleAr,
    missing: false,
  }));
  const gone = chosen.filter((key) => !newest.has(key)).map((key) => ({ key, title: key, missing: true }));
  return [...choices, ...gone];
};
