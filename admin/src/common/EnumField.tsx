/** An enumeration value as a translated chip (statuses, channels, outcomes). */
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { enumKey, type EnumName } from './enums';

type Props = {
  source: string;
  enumName: EnumName;
  label?: string;
  sortable?: boolean;
  color?: 'default' | 'primary' | 'secondary';
};

export const EnumField = ({ source, enumName, color = 'default' }: Props) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (typeof value !== 'string' || value === '') return null;
  return <Chip size="small" color={color} label={translate(enumKey(enumName, value))} data-value={value} />;
};
