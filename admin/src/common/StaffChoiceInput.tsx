/**
 * H6, I1: picks one or several people from the staff directory for a relation to a user (a committee's
 * members, a routing rule's officer). Relations take the user's documentId (the directory's `id` is the
 * numeric one the named workflow routes take); only active staff whose role can do the work are offered,
 * and the server checks both again.
 */
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  useGetList,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import type { StaffRole } from '../../../cms/constants/roles';

type Member = {
  id: number;
  documentId: string;
  username: string;
  fullNameAr: string | null;
  fullNameEn: string | null;
  role: StaffRole;
};

type Props = {
  source: string;
  roles: readonly StaffRole[];
  multiple?: boolean;
  validate?: Validator | Validator[];
  helperText?: string;
};

export const StaffChoiceInput = ({ source, roles, multiple = false, validate, helperText }: Props) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { data, isPending } = useGetList<Member>('staff', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'fullNameAr', order: 'ASC' },
    filter: { blocked: false, role: [...roles] },
  });
  const choices = (data ?? []).map((m) => ({
    id: m.documentId,
    name: `${(locale === 'en' ? m.fullNameEn : m.fullNameAr) ?? m.username} — ${translate(`wasl.role.${m.role}`)}`,
  }));
  const common = {
    source,
    choices,
    isPending,
    validate,
    helperText,
    translateChoice: false,
    fullWidth: true,
  };
  return multiple ? <AutocompleteArrayInput {...common} /> : <AutocompleteInput {...common} />;
};

/** The directory once for the page (react-query shares it), to name a user relation by its documentId. */
export const useStaffName = () => {
  const [locale] = useLocaleState();
  const { data } = useGetList<Member>(
    'staff',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'fullNameAr', order: 'ASC' }, filter: {} },
    { staleTime: 60_000 },
  );
  return (documentId: unknown): string => {
    const m = (data ?? []).find((s) => s.documentId === documentId);
    return m ? ((locale === 'en' ? m.fullNameEn : m.fullNameAr) ?? m.username) : '—';
  };
};

export const StaffNameField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const nameOf = useStaffName();
  return <span>{nameOf(record?.[source])}</span>;
};
