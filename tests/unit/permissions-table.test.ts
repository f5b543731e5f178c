/** The README's permission table is the one generated from the access and visibility tables (P1). */
import fs from 'fs';
import path from 'path';
import { END_MARKER, START_MARKER, permissionsMarkdown, withPermissions } from '../../scripts/lib/permissions-markdown';

const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('the README permission table', () => {
  it('[P1] README.md holds exactly what `npm run docs:permissions` generates', () => {
    expect(README).toContain(START_MARKER);
    expect(README).toContain(END_MARKER);
    expect(withPermissions(README)).toBe(README);
  });

  it('[P1] the generated table carries hand-checked cells: reception creates beneficiaries, reads no votes; the manager sees IDs masked', () => {
    const table = permissionsMarkdown();
    expect(table).toContain('| `beneficiaries` | LRCU | LR | LR | LR | LR | LR | LRD |');
    expect(table).toContain('| `votes` | — | — | LR | LR | — | LR | — |');
    expect(table).toContain(
      '| `beneficiaries` | `nationalId` | full | full | masked | masked | masked | masked | masked |',
    );
    expect(table).toContain('| `complaints` | `trackingSecretHash` | hidden | — | — | hidden | hidden | hidden | — |');
  });
});
