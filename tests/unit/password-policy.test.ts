import { checkPassword } from '../../cms/domain/password-policy';

describe('the staff password policy', () => {
  it.each([
    ['Short-1a', 'reception', 'PASSWORD_TOO_SHORT'],
    ['abcdefghijk', null, 'PASSWORD_TOO_SHORT'],
    ['كلمةسرقصيرة', null, 'PASSWORD_TOO_SHORT'],
    ['x'.repeat(73), null, 'PASSWORD_TOO_LONG'],
    ['ع'.repeat(37), null, 'PASSWORD_TOO_LONG'],
    ['my-Reception-Officer-pass', 'reception-officer', 'PASSWORD_CONTAINS_USERNAME'],
    ['RECEPTION-OFFICER-2026!', 'reception-officer', 'PASSWORD_CONTAINS_USERNAME'],
    ['qwerty123456', null, 'PASSWORD_TOO_COMMON'],
    ['QWERTY123456', 'manager', 'PASSWORD_TOO_COMMON'],
    ['1q2w3e4r5t6y', 'manager', 'PASSWORD_TOO_COMMON'],
  ])('[P1] refuses %j for %j with %s', (password, username, rule) => {
    expect(checkPassword(password, username)).toBe(rule);
  });

  it.each([
    ['Wasl-Demo-2026', 'reception-officer'],
    ['نخلة-الأحساء-١٤٤٧', 'manager'],
    ['correct horse battery', 'ab'],
    ['x'.repeat(72), null],
  ])('[P1] accepts %j for %j', (password, username) => {
    expect(checkPassword(password, username)).toBeNull();
  });
});
