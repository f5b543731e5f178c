/**
 * Duplicate detection while typing (DESIGN.md: on ID and phone): the officer sees an existing record
 * before saving; the server refuses a duplicate national ID regardless.
 */
import { Alert, Button } from '@mui/material';
import { Link } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

const useMatch = (field: 'nationalId' | 'phone', value: unknown) => {
  const enabled = typeof value === 'string' && value.length >= 9;
  const { data } = useGetList(
    'beneficiaries',
    { filter: { [field]: value }, pagination: { page: 1, perPage: 1 } },
    { enabled },
  );
  return enabled ? data?.[0] : undefined;
};

export const DuplicateWarning = () => {
  const translate = useTranslate();
  const [nationalId, phone] = useWatch({ name: ['nationalId', 'phone'] }) as [unknown, unknown];
  const byId = useMatch('nationalId', nationalId);
  const byPhone = useMatch('phone', phone);
  const match = byId ?? byPhone;
  if (!match) return null;
  return (
    <Alert
      severity="warning"
      data-testid="duplicate-warning"
      sx={{ mb: 2, width: '100%' }}
      action={
        <Button component={Link} to={`/beneficiaries/${match.id}/show`} size="small">
          {translate('wasl.beneficiary.open_duplicate')}
        </Button>
      }
    >
      {translate('wasl.beneficiary.duplicate_warning', { name: String(match.fullNameAr ?? '') })}
    </Alert>
  );
};
