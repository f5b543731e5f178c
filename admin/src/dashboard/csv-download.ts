/**
 * A widget's numbers as a CSV file: Arabic headers (the association's reports are Arabic whatever the
 * console's language) and the UTF-8 byte-order mark without which Excel shows Arabic as mojibake.
 */
import { downloadCSV } from 'react-admin';
import { withBom } from '../common/csv';
import { arabicMessages } from '../i18n/ar';
import { toCsv, type CsvCell } from './stats-helpers';

/** A catalogue key in Arabic, whatever the console's language; %{name} placeholders filled. */
export const inArabic = (key: string, values: Record<string, string | number> = {}): string => {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      arabicMessages,
    );
  const text = typeof found === 'string' ? found : key;
  return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
};

export const downloadTable = (filename: string, headers: string[], rows: CsvCell[][]): void =>
  downloadCSV(withBom(toCsv(headers, rows)), filename);
