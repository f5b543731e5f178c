/**
 * PD1: who of the active staff has and has not acknowledged the policy's current version, and when —
 * for the policy owners (manager, association admin); unsigned first, the list a manager follows up.
 */
import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { WaslDataProvider } from '../dataProvider';
import { useGranted } from '../common/access';
import { formatDualDate } from '../common/dates';

export const SignaturesPanel = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<WaslDataProvider>();
  const granted = useGranted('plugin::wasl.staff.policySignatures');
  const id = record ? String(record.id) : '';
  const { data } = useQuery({
    queryKey: ['policy-signatures', id, record?.versionNumber],
    queryFn: () => dataProvider.getPolicySignatures(id),
    enabled: granted && Boolean(id),
  });
  // PD3: nothing published yet, nothing to sign.
  if (!granted || !data || data.versionNumber === null) return null;
  const when = (at: string | null) => {
    const dual = at ? formatDualDate(at, locale, true) : null;
    return dual ? `${dual.hijri} — ${dual.gregorian}` : translate('wasl.date.none');
  };
  return (
    <>
      <Typography variant="subtitle1" data-testid="signatures-summary">
        {translate('wasl.policy.signatures_summary', { signed: data.signed, total: data.total })}
      </Typography>
      <Table size="small" data-testid="signatures">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.staff.fields.fullNameAr')}</TableCell>
            <TableCell>{translate('resources.staff.fields.role')}</TableCell>
            <TableCell>{translate('wasl.policy.signature_status')}</TableCell>
            <TableCell>{translate('resources.policy-acknowledgements.fields.acknowledgedAt')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.staff.map((member) => (
            <TableRow key={member.id} data-username={member.username} data-signed={String(member.signed)}>
              <TableCell>{(locale === 'en' ? member.fullNameEn : member.fullNameAr) ?? member.username}</TableCell>
              <TableCell>{translate(`wasl.role.${member.role}`)}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={member.signed ? 'success' : 'warning'}
                  label={translate(member.signed ? 'wasl.policy.signed' : 'wasl.policy.not_signed')}
                />
              </TableCell>
              <TableCell>{when(member.acknowledgedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
