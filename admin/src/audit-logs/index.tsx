/**
 * P1: the manager's audit screen. Who (a staff member from the directory), what (action, record type),
 * when (from/to dates); one entry with its summary (field names only) and its place in the hash chain.
 * Read-only: the server grants the audit log to the manager and the association admin, to read.
 */
import HistoryIcon from '@mui/icons-material/History';
import { Typography } from '@mui/material';
import {
  Datagrid,
  DateInput,
  List,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AUDIT_ACTIONS } from '../../../cms/constants/audit';
import { csvExporter } from '../common/csv';
import { DualDateField } from '../common/DualDateField';
import { EnumInput } from '../common/inputs';
import { ListActions } from '../common/ListActions';
import { StaffInput } from '../common/StaffInput';
import { AuditSummary } from './AuditSummary';
import { endOfDayIso, startOfDayIso } from './dayRange';
import { ActorField, ActorRoleField, AuditEnumField } from './fields';

const filters = [
  <StaffInput key="actorId" source="actorId" includeBlocked alwaysOn />,
  <EnumInput key="action" source="action" enumName="auditAction" alwaysOn />,
  <EnumInput key="resource" source="resource" enumName="auditResource" />,
  <DateInput key="at_gte" source="at_gte" parse={startOfDayIso} alwaysOn />,
  <DateInput key="at_lte" source="at_lte" parse={endOfDayIso} alwaysOn />,
];

const AuditLogList = () => (
  <List
    actions={<ListActions />}
    filters={filters}
    sort={{ field: 'at', order: 'DESC' }}
    exporter={csvExporter('audit-logs')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DualDateField source="at" withTime />
      <ActorField label="resources.audit-logs.fields.actorId" />
      <ActorRoleField label="resources.audit-logs.fields.actorRole" />
      <AuditEnumField source="action" enumName="auditAction" />
      <AuditEnumField source="resource" enumName="auditResource" />
      <TextField source="recordId" emptyText="—" sortable={false} />
    </Datagrid>
  </List>
);

const ChainNote = (_props: { label?: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="caption" color="text.secondary">
      {translate('wasl.audit.chain')}
    </Typography>
  );
};

/** "Audit entry: Sensitive read" rather than the action's code. */
const AuditTitle = () => {
  const record = useRecordContext<{ action: string }>();
  const translate = useTranslate();
  const action =
    record && (AUDIT_ACTIONS as readonly string[]).includes(record.action)
      ? translate(`enums.auditAction.${record.action}`)
      : (record?.action ?? '');
  return <span>{`${translate('resources.audit-logs.name', { smart_count: 1 })}: ${action}`}</span>;
};

const AuditLogShow = () => (
  <Show title={<AuditTitle />}>
    <SimpleShowLayout>
      <DualDateField source="at" withTime />
      <ActorField label="resources.audit-logs.fields.actorId" />
      <ActorRoleField label="resources.audit-logs.fields.actorRole" />
      <AuditEnumField source="action" enumName="auditAction" />
      <AuditEnumField source="resource" enumName="auditResource" />
      <TextField source="recordId" emptyText="—" />
      <AuditSummary label="resources.audit-logs.fields.summary" />
      <TextField source="ip" emptyText="—" />
      <TextField source="hash" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
      <TextField source="prevHash" emptyText="—" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
      <ChainNote label="" />
    </SimpleShowLayout>
  </Show>
);

export default { list: AuditLogList, show: AuditLogShow, icon: HistoryIcon, recordRepresentation: 'action' };
