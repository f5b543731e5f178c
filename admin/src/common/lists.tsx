/**
 * ALL-CH: channels and complaint categories are the association's own rows (GET /api/wasl/channels,
 * /complaint-categories), not enumerations: inputs offer the enabled ones, fields show a row's name
 * in the console's language (a record keeps its key, also after the row is disabled).
 */
import { Chip } from '@mui/material';
import { SelectInput, useGetList, useLocaleState, useRecordContext, type SelectInputProps } from 'react-admin';

export type ListResource = 'channels' | 'complaint-categories';
type ListRow = { id: string; key: string; nameAr: string; nameEn: string | null; enabled: boolean };

const useRows = (resource: ListResource, onlyEnabled: boolean) =>
  useGetList<ListRow>(
    resource,
    {
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'sortOrder', order: 'ASC' },
      filter: onlyEnabled ? { enabled: true } : {},
    },
    { staleTime: 60_000 },
  );

const nameOf = (row: ListRow, locale: string) => (locale === 'en' ? row.nameEn || row.nameAr : row.nameAr);

export const ListValueInput = ({
  resource,
  ...props
}: Omit<SelectInputProps, 'choices'> & { resource: ListResource }) => {
  const [locale] = useLocaleState();
  const { data, isPending } = useRows(resource, true);
  const choices = (data ?? []).map((row) => ({ id: row.key, name: nameOf(row, locale) }));
  return <SelectInput {...props} choices={choices} isPending={isPending} translateChoice={false} />;
};

type FieldProps = { source: string; resource: ListResource; label?: string; sortable?: boolean };

export const ListValueField = ({ source, resource }: FieldProps) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const { data } = useRows(resource, false);
  const value = record?.[source];
  if (typeof value !== 'string' || value === '') return null;
  const row = data?.find((r) => r.key === value);
  return <Chip size="small" label={row ? nameOf(row, locale) : value} data-value={value} />;
};
