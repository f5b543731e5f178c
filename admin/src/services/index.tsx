import MiscellaneousServicesIcon from '@mui/icons-material/MiscellaneousServices';
import {
  BooleanField,
  Create,
  Datagrid,
  Edit,
  List,
  NumberField,
  ReferenceField,
  SearchInput,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { csvExporter } from '../common/csv';
import { ListActions } from '../common/ListActions';
import { EnumField } from '../common/EnumField';
import { ServiceForm } from './ServiceForm';

const ServiceList = () => (
  <List
    actions={<ListActions />}
    filters={[<SearchInput key="q" source="q" alwaysOn />]}
    sort={{ field: 'sortOrder', order: 'ASC' }}
    exporter={csvExporter('services')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="nameAr" />
      <EnumField source="category" enumName="serviceCategory" />
      <NumberField source="slaDays" />
      <ReferenceField source="committee" reference="committees" link={false}>
        <TextField source="nameAr" />
      </ReferenceField>
      <BooleanField source="published" />
    </Datagrid>
  </List>
);

const ServiceShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="nameAr" />
      <TextField source="descriptionAr" />
      <EnumField source="category" enumName="serviceCategory" />
      <NumberField source="slaDays" />
      <EnumField source="slaUnit" enumName="slaUnit" />
      <BooleanField source="published" />
    </SimpleShowLayout>
  </Show>
);

const ServiceEdit = () => (
  <Edit mutationMode="pessimistic">
    <ServiceForm />
  </Edit>
);
const ServiceCreate = () => (
  <Create redirect="show">
    <ServiceForm />
  </Create>
);

export default {
  list: ServiceList,
  show: ServiceShow,
  edit: ServiceEdit,
  create: ServiceCreate,
  icon: MiscellaneousServicesIcon,
  recordRepresentation: 'nameAr',
};
