import {
  Datagrid,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  AutocompleteInput,
  TextField,
} from 'react-admin';
import { useRole } from '../common/access';
import { csvExporter } from '../common/csv';
import { ListActions } from '../common/ListActions';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { choices } from '../common/enums';
import { SlaBadge } from '../common/SlaBadge';
import { queueFor } from './queues';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={choices('status')} alwaysOn />,
  <SelectArrayInput key="slaState" source="slaState" choices={choices('slaState')} />,
  <ReferenceInput key="service" source="service" reference="services">
    <AutocompleteInput optionText="nameAr" />
  </ReferenceInput>,
];

/** Each role opens on its own queue (the states it can act on), oldest due first; the filter can widen it. */
export const RequestList = () => {
  const queue = queueFor(useRole());
  return (
    <List
      actions={<ListActions />}
      filters={filters}
      filterDefaultValues={queue ? { status: queue } : {}}
      sort={{ field: 'receivedAt', order: 'ASC' }}
      exporter={csvExporter('service-requests')}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="trackingNumber" />
        <ReferenceField source="beneficiary" reference="beneficiaries" link={false}>
          <TextField source="fullNameAr" />
        </ReferenceField>
        <ReferenceField source="service" reference="services" link={false}>
          <TextField source="nameAr" />
        </ReferenceField>
        <EnumField source="status" enumName="status" />
        <SlaBadge label="resources.service-requests.fields.slaState" />
        <DualDateField source="receivedAt" />
        <DualDateField source="dueAt" />
      </Datagrid>
    </List>
  );
};
