/** P1: what a request log line may keep of a URL (cms/domain/log-redaction.ts). */
import { loggableRoute, redactPath } from '../../cms/domain/log-redaction';

describe('redactPath', () => {
  it.each<[string, string]>([
    ['/api/wasl/beneficiaries?filter={"q":"1012345678"}', '/api/wasl/beneficiaries'],
    ['/api/wasl/beneficiaries/1012345678', '/api/wasl/beneficiaries/…'],
    ['/api/wasl/lookup/+966551234567', '/api/wasl/lookup/+…'],
    ['/api/wasl/lookup/0551234567', '/api/wasl/lookup/…'],
    ['/api/wasl/lookup/%2B966551234567', '/api/wasl/lookup/+…'],
    ['/api/wasl/people/nora%40example.org/requests', '/api/wasl/people/…/requests'],
    ['/api/wasl/service-requests/42/journey', '/api/wasl/service-requests/42/journey'],
    ['/api/wasl/public/complaints/CMP-1447-000123', '/api/wasl/public/complaints/CMP-1447-000123'],
    ['/bad/%E0%A4%A', '/bad/%E0%A4%A'],
  ])('[P1] %s is logged as %s', (path, expected) => {
    expect(redactPath(path)).toBe(expected);
  });

  it('[P1] cuts a path longer than 200 characters', () => {
    expect(redactPath(`/${'a'.repeat(300)}`)).toBe(`/${'a'.repeat(199)}…`);
  });
});

describe('loggableRoute', () => {
  it.each<[unknown, string, string]>([
    ['/api/wasl/beneficiaries/:id', '/api/wasl/beneficiaries/1012345678', '/api/wasl/beneficiaries/:id'],
    ['/((?!uploads/).+)', '/console/1012345678', '/console/…'],
    [undefined, '/api/wasl/x/0551234567', '/api/wasl/x/…'],
    ['', '/', '/'],
  ])('[P1] matched route %p on %s is logged as %s', (matched, path, expected) => {
    expect(loggableRoute(matched, path)).toBe(expected);
  });
});
