/**
 * I1: picks a person from the staff directory (GET /api/wasl/staff, searched by name or username on the
 * server); shown only to roles granted the directory, the server checks the assignee again.
 */
import { AutocompleteInput, ReferenceInput, useLocaleState, useTranslate } from 'react-admin';
import type { StaffRole } from '../../../cms/constants/roles';
import { useGranted } from './access';

type Member = { id: number; username: string; fullNameAr: string | null; fullNameEn: string | null; role: StaffRole };

type Props = {
  source: string;
  role?: StaffRole;
  /** The audit screen looks for what blocked (former) staff did too; an assignee must be active. */
  includeBlocked?: boolean;
  /** Read by react-admin's filter form when the input is a list filter. */
  alwaysOn?: boolean;
};

export const StaffInput = ({ source, role, includeBlocked = false }: Props) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (!useGranted('plugin::wasl.staff.find')) return null;
  const name = (m: Member) =>
    `${(locale === 'en' ? m.fullNameEn : m.fullNameAr) ?? m.username} — ${translate(`wasl.role.${m.role}`)}`;
  return (
    <ReferenceInput
      source={source}
      reference="staff"
      filter={{ ...(includeBlocked ? {} : { blocked: false }), ...(role ? { role } : {}) }}
      sort={{ field: 'fullNameAr', order: 'ASC' }}
    >
      <AutocompleteInput optionText={name} fullWidth />
    </ReferenceInput>
  );
};
