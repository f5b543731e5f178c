/**
 * I1: picks a person from the staff directory (GET /api/wasl/staff, searched by name or username on the
 * server); shown only to roles granted the directory, the server checks the assignee again.
 */
import { AutocompleteInput, ReferenceInput, useLocaleState, useTranslate } from 'react-admin';
import type { StaffRole } from '../../../cms/constants/roles';
import { useGranted } from './access';

type Member = { id: number; username: string; fullNameAr: string | null; fullNameEn: string | null; role: StaffRole };

export const StaffInput = ({ source, role }: { source: string; role?: StaffRole }) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (!useGranted('plugin::wasl.staff.find')) return null;
  const name = (m: Member) => `${(locale === 'en' ? m.fullNameEn : m.fullNameAr) ?? m.username} — ${translate(`wasl.role.${m.role}`)}`;
  return (
    <ReferenceInput source={source} reference="staff" filter={{ blocked: false, ...(role ? { role } : {}) }} sort={{ field: 'fullNameAr', order: 'ASC' }}>
      <AutocompleteInput optionText={name} fullWidth />
    </ReferenceInput>
  );
};
