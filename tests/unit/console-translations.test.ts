/**
 * No untranslated key in Arabic mode: every key the console's source uses (translate('…'), label and
 * title keys, choice keys, each `source` of a field or input) exists in admin/src/i18n/ar.ts and en.ts,
 * and react-admin's own catalogue is translated key for key.
 */
import fs from 'fs';
import path from 'path';
import englishMessages from 'ra-language-english';
import { arabicMessages } from '../../admin/src/i18n/ar';
import { englishAppMessages } from '../../admin/src/i18n/en';
import { ENUMS, enumKey, type EnumName } from '../../admin/src/common/enums';

type Tree = { [key: string]: string | Tree };
const SRC = path.resolve(__dirname, '..', '..', 'admin', 'src');
const CATALOGUES = { ar: arabicMessages as Tree, en: englishAppMessages as Tree };

const lookup = (tree: Tree, key: string): string | Tree | undefined =>
  key
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, part) => (node && typeof node === 'object' ? node[part] : undefined),
      tree,
    );
const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));

const sourceFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? sourceFiles(path.join(dir, e.name))
        : /\.tsx?$/.test(e.name) && !dir.endsWith('i18n')
          ? [path.join(dir, e.name)]
          : [],
    );
const FILES = sourceFiles(SRC).map((file) => ({ file: path.relative(SRC, file), text: fs.readFileSync(file, 'utf8') }));

const KEY = /['"`]((?:wasl|resources|enums|ra)\.[\w.-]+?)(\.)?(\$\{[^}]+\})?['"`]/g;
const usedKeys = () =>
  FILES.flatMap(({ file, text }) => [...text.matchAll(KEY)].map((m) => ({ file, key: m[1], dynamic: Boolean(m[3]) })));

/** The resource a screen file belongs to, plus every resource it references. */
const FOLDER_RESOURCE: Record<string, string[]> = {
  beneficiaries: ['beneficiaries'],
  'service-requests': ['service-requests'],
  committee: ['service-requests', 'committee-meetings'],
  services: ['services'],
  complaints: ['complaints'],
  visits: ['visits'],
  appointments: ['appointments'],
  'field-inspections': ['field-inspections', 'inspection-findings', 'corrective-actions'],
  'policy-documents': ['policy-documents'],
  configuration: [
    'holidays',
    'committees',
    'association-profiles',
    'channels',
    'complaint-categories',
    'contact-officer-assignments',
  ],
  'audit-logs': ['audit-logs'],
  staff: ['staff'],
  surveys: ['surveys', 'survey-responses'],
};
const sourcesWithResources = () =>
  FILES.filter(({ file }) => file.endsWith('.tsx') && FOLDER_RESOURCE[file.split(path.sep)[0]]).flatMap(
    ({ file, text }) => {
      const resources = [
        ...FOLDER_RESOURCE[file.split(path.sep)[0]],
        ...[...text.matchAll(/reference="([\w-]+)"/g)].map((m) => m[1]),
      ];
      // An element with its own label= names itself (translated through that key); the others need a field label.
      const tags = [...text.matchAll(/<\w+\s[^<>]*?\bsource="(\w+)"[^<>]*?\/?>/g)].filter(
        (m) => !/\blabel=/.test(m[0]),
      );
      return tags.map((m) => ({ file, field: m[1], resources }));
    },
  );

describe('console translations', () => {
  it.each(Object.entries(CATALOGUES))('[ARABIC-FIRST] every key the source uses exists in %s', (_locale, catalogue) => {
    const missing = usedKeys().filter(({ key, dynamic }) => {
      const node = lookup(catalogue, key);
      return dynamic ? typeof node !== 'object' : typeof node !== 'string';
    });
    expect(missing).toEqual([]);
    expect(usedKeys().length).toBeGreaterThan(50);
  });

  it.each(Object.entries(CATALOGUES))(
    '[ARABIC-FIRST] every field or input `source` has a label in %s',
    (_locale, catalogue) => {
      const missing = sourcesWithResources().filter(
        ({ field, resources }) =>
          !resources.some((r) => typeof lookup(catalogue, `resources.${r}.fields.${field}`) === 'string'),
      );
      expect(missing).toEqual([]);
      expect(sourcesWithResources().length).toBeGreaterThan(30);
    },
  );

  it.each(Object.entries(CATALOGUES))(
    '[ARABIC-FIRST] every choice of every list is translated in %s',
    (_locale, catalogue) => {
      const keys = (Object.keys(ENUMS) as EnumName[]).flatMap((name) =>
        ENUMS[name].map((value) => enumKey(name, value)),
      );
      expect(keys.filter((key) => typeof lookup(catalogue, key) !== 'string')).toEqual([]);
    },
  );

  it("[ARABIC-FIRST] react-admin's own messages are all translated, and Arabic and English have the same keys", () => {
    const arabic = new Set(leaves(CATALOGUES.ar));
    expect(leaves(englishMessages as unknown as Tree).filter((key) => !arabic.has(key))).toEqual([]);
    expect(leaves(CATALOGUES.en).sort()).toEqual([...arabic].sort());
  });

  it('[ARABIC-FIRST] no Arabic label is left in English or empty', () => {
    // Values made only of placeholders ('%{name}') or blank have nothing to translate.
    const text = (key: string) => String(lookup(CATALOGUES.ar, key)).replace(/%\{\w+\}/g, '');
    const untranslated = leaves(CATALOGUES.ar).filter(
      (key) => /\p{L}/u.test(text(key)) && !/[\u0600-\u06FF]/.test(text(key)),
    );
    expect(untranslated).toEqual([]);
  });
});
