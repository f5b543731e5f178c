import { BooleanField, Datagrid, List, SearchInput, TextField, type ListProps } from 'react-admin';
import { csvExporter } from '../common/csv';
import { ListActions } from '../common/ListActions';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/inputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="category" source="category" enumName="category" />,
  <EnumInput key="gender" source="gender" enumName="gender" />,
  <EnumInput key="socialStatus" source="socialStatus" enumName="socialStatus" />,
];

/** The registry: search by name, ID or phone (Arabic-aware on the server), filter by category. */
export const BeneficiaryList = (props: ListProps) => (
  <List
    actions={<ListActions />}
    {...props}
    filters={filters}
    exporter={csvExporter('beneficiaries')}
    sort={{ field: 'createdAt', order: 'DESC' }}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="fullNameAr" />
      <TextField source="nationalId" />
      <TextField source="phone" />
      <EnumField source="category" enumName="category" />
      <EnumField source="socialStatus" enumName="socialStatus" />
      <BooleanField source="consentGiven" />
      <DualDateField source="createdAt" />
    </Datagrid>
  </List>
);
