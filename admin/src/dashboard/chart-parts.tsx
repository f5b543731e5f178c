/** Pieces every widget shares: the palette, day labels (Hijri + Gregorian), number cells, label lookups. */
import { Typography } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { formatDualDate } from '../common/dates';
import { inArabic } from './csv-download';
import type { Cell } from './ChartCard';
import { formatFigure } from './stats-helpers';

export const COLORS = {
  primary: '#00695c',
  secondary: '#8d6e63',
  good: '#2e7d32',
  warn: '#ef6c00',
  bad: '#c62828',
  muted: '#78909c',
};

const at = (day: string) => `${day}T12:00:00+03:00`;

/** A bucket's first day on an axis: short Gregorian day/month in the console's language. */
export const useAxisDay = () => {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ar-SA-u-ca-gregory', {
    day: 'numeric',
    month: 'short',
    timeZone: 'Asia/Riyadh',
  });
  return (day: string) => format.format(new Date(at(day)));
};

/** A day in a table: Hijri (Umm al-Qura) over Gregorian; the CSV gets the ISO day. */
export const useDayCell = () => {
  const [locale] = useLocaleState();
  return (day: string | null): Cell => {
    const dual = day ? formatDualDate(day.length === 10 ? at(day) : day, locale) : null;
    return {
      value: day,
      csv: day ? day.slice(0, 10) : '',
      display: dual ? (
        <>
          {dual.hijri}
          <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'block' }}>
            {dual.gregorian}
          </Typography>
        </>
      ) : (
        '—'
      ),
    };
  };
};

/** A number (or a figure the API could not compute: «—») in a table cell and in the CSV. */
export const useNumberCell = () => {
  const [locale] = useLocaleState();
  return (value: number | null, suffix: '' | '%' = ''): Cell => ({
    value,
    csv: value,
    display: formatFigure(value, locale, suffix),
  });
};

export const useFigure = () => {
  const [locale] = useLocaleState();
  return (value: number | null, suffix: '' | '%' = '') => formatFigure(value, locale, suffix);
};

/** A translated label in the table, Arabic in the CSV. */
export const useLabelCell = () => {
  const translate = useTranslate();
  return (key: string, fallback: string): Cell => {
    const shown = translate(key, { _: fallback });
    return { value: fallback, csv: inArabic(key) === key ? fallback : inArabic(key), display: shown };
  };
};

type ListRow = { id: string; key: string; nameAr: string; nameEn?: string | null };

/** The association's own channel or category names (ALL-CH: they are rows, not enums). */
export const useListNames = (resource: 'channels' | 'complaint-categories') => {
  const [locale] = useLocaleState();
  const { data } = useGetList<ListRow>(resource, {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'sortOrder', order: 'ASC' },
  });
  const rows = new Map((data ?? []).map((row) => [row.key, row]));
  return (key: string): Cell => {
    const row = rows.get(key);
    const name = row ? (locale === 'en' && row.nameEn ? row.nameEn : row.nameAr) : key;
    return { value: key, csv: row?.nameAr ?? key, display: name };
  };
};
