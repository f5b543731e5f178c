/** The field-visibility table (cms/constants/visibility.ts): hidden, masked, read-only or full per role (P1). */
import fs from 'fs';
import path from 'path';
import { RESOURCES, RESOURCE_NAMES } from '../../cms/constants/access';
import { HIDDEN_FIELDS, searchFieldsFor, visibilityOf } from '../../cms/constants/visibility';
import { visibleRequestConditions, visibleThroughRequest } from '../../cms/domain/confidentiality';

const schemaOf = (uid: string) => {
  const file = path.join(
    __dirname,
    '..',
    '..',
    'cms',
    'content-types',
    uid.replace('plugin::wasl.', ''),
    'schema.json',
  );
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { attributes: Record<string, { private?: boolean }> };
};

describe('the field-visibility table', () => {
  it('[P1] every private attribute of every resource schema is hidden in the table, for every role', () => {
    const privates = RESOURCE_NAMES.flatMap((resource) =>
      Object.entries(schemaOf(RESOURCES[resource].uid).attributes)
        .filter(([, a]) => a.private)
        .map(([field]) => `${resource}.${field}`),
    );
    expect(privates.length).toBeGreaterThan(0);
    const hidden = Object.entries(HIDDEN_FIELDS).flatMap(([resource, fields]) =>
      (fields ?? []).map((f) => `${resource}.${f}`),
    );
    expect(hidden.sort()).toEqual(privates.sort());
  });

  it.each([
    ['beneficiaries', 'reception_officer', 'nationalId', 'full'],
    ['beneficiaries', 'social_researcher', 'phone', 'full'],
    ['beneficiaries', 'manager', 'nationalId', 'masked'],
    ['beneficiaries', 'committee_member', 'phone', 'masked'],
    ['beneficiaries', 'reception_officer', 'searchKey', 'hidden'],
    ['beneficiaries', 'reception_officer', 'idKind', 'readonly'],
    ['beneficiaries', 'manager', 'fullNameAr', 'full'],
    ['complaints', 'manager', 'complainantPhone', 'masked'],
    ['complaints', 'contact_officer', 'complainantPhone', 'full'],
    ['complaints', 'follow_up_committee', 'idempotencyKey', 'hidden'],
    ['complaints', 'reception_officer', 'trackingSecretHash', 'hidden'],
    ['service-requests', 'social_researcher', 'researchReport', 'full'],
    ['service-requests', 'social_researcher', 'summary', 'readonly'],
    ['service-requests', 'reception_officer', 'trackingNumber', 'readonly'],
    ['votes', 'reception_officer', 'choice', 'hidden'],
    ['visits', 'committee_member', 'visitorCount', 'hidden'],
  ] as const)('[P1] %s.%s for %s… is %s', (resource, role, field, expected) => {
    expect(visibilityOf(resource, role, field)).toBe(expected);
  });

  it('[P1] q searches the ID and phone columns only for roles that see them in full', () => {
    expect(searchFieldsFor('beneficiaries', 'reception_officer')).toEqual(['searchKey', 'nationalId', 'phone']);
    expect(searchFieldsFor('beneficiaries', 'manager')).toEqual(['searchKey']);
    expect(searchFieldsFor('beneficiaries', 'committee_member')).toEqual(['searchKey']);
  });

  it('[P1] the manager sees every case; anyone else only cases they received, are assigned or sit on the committee of', () => {
    const facts = { confidentialServices: [3, 4], committeeServices: [1, 4] };
    expect(visibleRequestConditions({ id: 8, role: 'manager' }, facts)).toBeNull();
    expect(
      visibleRequestConditions(
        { id: 3, role: 'social_researcher' },
        { confidentialServices: [], committeeServices: [] },
      ),
    ).toBeNull();
    expect(visibleRequestConditions({ id: 3, role: 'committee_member' }, facts)).toEqual({
      $or: [
        { service: { id: { $notIn: [3, 4] } } },
        { receivedBy: { id: 3 } },
        { assignedTo: { id: 3 } },
        {
          $and: [
            { status: { $in: ['in_committee', 'approved', 'rejected', 'registered', 'delivered', 'closed'] } },
            { service: { id: { $in: [4] } } },
          ],
        },
      ],
    });
    expect(
      visibleRequestConditions(
        { id: 5, role: 'contact_officer' },
        { confidentialServices: [3], committeeServices: [] },
      ),
    ).toEqual({
      $or: [{ service: { id: { $notIn: [3] } } }, { receivedBy: { id: 5 } }, { assignedTo: { id: 5 } }],
    });
  });

  it('[P1] a record hanging off a request is visible unless its request is one of the cases hidden from the viewer', () => {
    expect(visibleThroughRequest('request', [])).toBeNull();
    expect(visibleThroughRequest('request', [12, 40])).toEqual({
      $or: [{ request: { id: { $null: true } } }, { request: { id: { $notIn: [12, 40] } } }],
    });
  });
});
