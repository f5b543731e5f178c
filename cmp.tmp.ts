import fs from 'fs';
import { isDeepStrictEqual } from 'util';
import { parse } from 'yaml';
import { readProfile } from './cms/validation/profile-file';
const [a, b] = process.argv.slice(2);
const ra = readProfile(fs.readFileSync(a, 'utf8'));
const rb = readProfile(fs.readFileSync(b, 'utf8'));
if (!ra.ok || !rb.ok) { console.log(JSON.stringify([ra, rb]).slice(0, 2000)); process.exit(1); }
const x = ra.profile as unknown as Record<string, unknown>, y = rb.profile as unknown as Record<string, unknown>;
for (const k of new Set([...Object.keys(x), ...Object.keys(y)]))
  if (!isDeepStrictEqual(x[k], y[k])) console.log('DIFF', k, JSON.stringify(x[k]).slice(0, 600), '\n   vs', JSON.stringify(y[k]).slice(0, 600));
console.log('raw export equal to raw parse?', isDeepStrictEqual(parse(fs.readFileSync(b, 'utf8')), ra.profile));
