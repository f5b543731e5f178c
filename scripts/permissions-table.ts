/**
 * `npm run docs:permissions` rewrites README.md's permission table (between the permissions markers)
 * from the access and visibility tables; tests/unit/permissions-table.test.ts fails when it is stale.
 */
import fs from 'fs';
import path from 'path';
import { withPermissions } from './lib/permissions-markdown';

const README = path.join(__dirname, '..', 'README.md');
const before = fs.readFileSync(README, 'utf8');
const after = withPermissions(before);
if (after !== before) fs.writeFileSync(README, after);
process.stdout.write(
  after === before ? 'README.md permission table is up to date\n' : 'README.md permission table rewritten\n',
);
