/**
 * Staff change records only through Wasl's rules (checks, transitions, audit log, re-timing of
 * deadlines). Strapi's content manager at /admin would write past all of them, so it shows only what
 * DESIGN.md leaves to CMS authoring there: the policy documents the website publishes.
 */
import fs from 'fs';
import path from 'path';

const TYPES = path.resolve(__dirname, '../../cms/content-types');
const schemas = fs.readdirSync(TYPES).filter((name) => fs.existsSync(path.join(TYPES, name, 'schema.json')));

describe('Strapi content manager', () => {
  it.each(schemas)('[HRF-P1] %s is editable in /admin only if it is CMS authoring', (name) => {
    const schema = JSON.parse(fs.readFileSync(path.join(TYPES, name, 'schema.json'), 'utf8')) as {
      pluginOptions?: Record<string, { visible?: boolean }>;
    };
    expect(schema.pluginOptions?.['content-manager']?.visible).toBe(name === 'policy-document');
  });
});
