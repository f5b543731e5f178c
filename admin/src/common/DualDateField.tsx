/** A date shown in Hijri (Umm al-Qura) and Gregorian, in the console's language. */
import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDualDate } from './dates';

type Props = { source: string; label?: string; withTime?: boolean; sortable?: boolean };

export const DualDateField = ({ source, withTime = false }: Props) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const value = record?.[source] as string | undefined;
  const dual = value ? formatDualDate(value, locale, withTime) : null;
  if (!dual) return <Typography variant="body2">{translate('wasl.date.none')}</Typography>;
  return (
    <Typography variant="body2" component="span" data-testid={`date-${source}`}>
      {dual.hijri}
      <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'block' }}>
        {dual.gregorian}
      </Typography>
    </Typography>
  );
};
