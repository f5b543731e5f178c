/** Who did what in an audit entry, in words: the staff member's name, a translated role and action. */
import { Chip, Typography } from '@mui/material';
import { ReferenceField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { AUDIT_ACTIONS, AUDIT_RESOURCES } from '../../../cms/constants/audit';
import { isStaffRole } from '../../../cms/constants/roles';
import { EnumField } from '../common/EnumField';

type Props = { label?: string; sortable?: boolean };
type Member = { username: string; fullNameAr: string | null; fullNameEn: string | null };

const StaffName = () => {
  const member = useRecordContext<Member & { id: number }>();
  const [locale] = useLocaleState();
  if (!member) return null;
  return (
    <Typography variant="body2" component="span">
      {(locale === 'en' ? member.fullNameEn : member.fullNameAr) ?? member.username}
    </Typography>
  );
};

/** A role: a staff role, the system, or Strapi's super admin; an unknown one as its code. */
const useRoleLabel = () => {
  const translate = useTranslate();
  return (role: string) => {
    if (isStaffRole(role)) return translate(`wasl.role.${role}`);
    if (role === 'system' || role === 'strapi_admin') return translate(`wasl.audit.actor.${role}`);
    return role;
  };
};

/** Staff ids link to the directory; a Strapi admin's id is another table's, so it is shown, not looked up. */
export const ActorField = (_props: Props) => {
  const record = useRecordContext<{ actorId: number | null; actorRole: string }>();
  const roleLabel = useRoleLabel();
  if (!record) return null;
  if (isStaffRole(record.actorRole) && record.actorId !== null) {
    return (
      <ReferenceField source="actorId" reference="staff" link={false}>
        <StaffName />
      </ReferenceField>
    );
  }
  const id = record.actorId === null ? '' : ` #${record.actorId}`;
  return <Typography variant="body2" component="span">{`${roleLabel(record.actorRole)}${id}`}</Typography>;
};

export const ActorRoleField = (_props: Props) => {
  const record = useRecordContext<{ actorRole: string }>();
  const roleLabel = useRoleLabel();
  return record ? (
    <Typography variant="body2" component="span">
      {roleLabel(record.actorRole)}
    </Typography>
  ) : null;
};

const known = (list: readonly string[], value: unknown): boolean => typeof value === 'string' && list.includes(value);

/** An action or resource this console knows is translated; one recorded by newer code shows its code. */
export const AuditEnumField = ({
  source,
  enumName,
}: Props & { source: 'action' | 'resource'; enumName: 'auditAction' | 'auditResource' }) => {
  const record = useRecordContext();
  const value = record?.[source];
  if (known(enumName === 'auditAction' ? AUDIT_ACTIONS : AUDIT_RESOURCES, value))
    return <EnumField source={source} enumName={enumName} />;
  return typeof value === 'string' ? <Chip size="small" variant="outlined" label={value} data-value={value} /> : null;
};
