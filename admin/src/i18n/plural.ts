/**
 * Polyglot picks among six Arabic plural forms (zero, one, two, 3–10, 11–99, 100+); react-admin asks
 * for smart_count 2 in menus and titles. The console writes a singular and a plural and fills the six.
 */
export const arPlural = (singular: string, plural: string, counted = plural): string =>
  [plural, singular, plural, counted, counted, counted].join(' |||| ');
