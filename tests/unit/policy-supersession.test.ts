import { supersessions } from '../../cms/domain/policy-supersession';

const v = (policyDocumentId: string, supersedesDocumentId: string | null, versionPublishedAt: string) => ({
  policyDocumentId,
  supersedesDocumentId,
  versionPublishedAt,
});

describe('which document supersedes which', () => {
  it('[PD2] a current version that names another document supersedes it; the newest publish wins a tie', () => {
    const map = supersessions([
      v('new-a', 'old', '2026-01-01T08:00:00Z'),
      v('new-b', 'old', '2026-03-01T08:00:00Z'),
      v('other', null, '2026-02-01T08:00:00Z'),
      v('self', 'self', '2026-02-01T08:00:00Z'),
    ]);
    expect([...map.keys()]).toEqual(['old']);
    expect(map.get('old')?.policyDocumentId).toBe('new-b');
  });
});
