/**
 * CSV export for every list: react-admin's exporter pieces (jsonexport + downloadCSV) with a UTF-8
 * byte-order mark in front, without which Excel opens Arabic text as mojibake.
 */
import jsonExport from 'jsonexport/dist';
import { downloadCSV, type Exporter } from 'react-admin';

export const UTF8_BOM = '\uFEFF';

export const withBom = (csv: string): string => (csv.startsWith(UTF8_BOM) ? csv : `${UTF8_BOM}${csv}`);

export const csvExporter =
  (filename: string): Exporter =>
  (records) => {
    jsonExport(records, (error: Error | null, csv: string) => {
      if (!error) downloadCSV(withBom(csv), filename);
    });
  };
