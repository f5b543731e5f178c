/** Configuration the association admin changes without code: public holidays (H7 calendar), channels and complaint categories (ALL-CH); committees and routing have their own files. */
import EventBusyIcon from '@mui/icons-material/EventBusy';
import CategoryIcon from '@mui/icons-material/Category';
import HubIcon from '@mui/icons-material/Hub';
import type { ReactNode } from 'react';
import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  DateInput,
  Edit,
  List,
  NumberInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { csvExporter } from '../common/csv';
import { ListActions } from '../common/ListActions';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/inputs';
import { CategoryRouting } from './CategoryRouting';

const HolidayList = () => (
  <List
    actions={<ListActions filters={false} />}
    sort={{ field: 'startDate', order: 'ASC' }}
    exporter={csvExporter('holidays')}
  >
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="nameAr" />
      <EnumField source="kind" enumName="holidayKind" />
      <DualDateField source="startDate" />
      <DualDateField source="endDate" />
    </Datagrid>
  </List>
);

const HolidayForm = () => (
  <SimpleForm>
    <TextInput source="nameAr" validate={required()} />
    <TextInput source="nameEn" />
    <EnumInput source="kind" enumName="holidayKind" validate={required()} />
    <DateInput source="startDate" validate={required()} />
    <DateInput source="endDate" validate={required()} />
    <NumberInput source="hijriYear" />
  </SimpleForm>
);

/** ALL-CH: a row per channel or category; disabling it (never deleting) keeps the records that name it. */
const ListRowList = ({ name }: { name: string }) => (
  <List
    actions={<ListActions filters={false} />}
    sort={{ field: 'sortOrder', order: 'ASC' }}
    exporter={csvExporter(name)}
  >
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="nameAr" />
      <TextField source="nameEn" emptyText="—" />
      <TextField source="key" />
      <BooleanField source="enabled" />
    </Datagrid>
  </List>
);

const ListRowForm = ({ creating }: { creating: boolean }) => (
  <SimpleForm defaultValues={creating ? { enabled: true, sortOrder: 0 } : undefined}>
    <TextInput
      source="key"
      validate={required()}
      disabled={!creating}
      inputProps={{ dir: 'ltr' }}
      helperText="resources.channels.key_hint"
    />
    <TextInput source="nameAr" validate={required()} />
    <TextInput source="nameEn" />
    <BooleanInput source="enabled" />
    <NumberInput source="sortOrder" />
  </SimpleForm>
);

const listRowScreens = (name: string, icon: typeof HubIcon, Below?: () => ReactNode) => ({
  list: () => <ListRowList name={name} />,
  icon,
  recordRepresentation: 'nameAr',
  edit: () => (
    <Edit mutationMode="pessimistic">
      <ListRowForm creating={false} />
      {Below && <Below />}
    </Edit>
  ),
  create: () => (
    <Create redirect="list">
      <ListRowForm creating />
    </Create>
  ),
});
export const channels = listRowScreens('channels', HubIcon);
// CM4, I1: a category's deadline and routing rules show under its form.
export const complaintCategories = listRowScreens('complaint-categories', CategoryIcon, CategoryRouting);

export const holidays = {
  list: HolidayList,
  icon: EventBusyIcon,
  recordRepresentation: 'nameAr',
  edit: () => (
    <Edit mutationMode="pessimistic">
      <HolidayForm />
    </Edit>
  ),
  create: () => (
    <Create>
      <HolidayForm />
    </Create>
  ),
};
