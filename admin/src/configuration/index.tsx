/** Configuration the association admin changes without code: public holidays (H7 calendar) and committees. */
import EventBusyIcon from '@mui/icons-material/EventBusy';
import GroupsIcon from '@mui/icons-material/Groups';
import { BooleanField, BooleanInput, Create, Datagrid, DateInput, Edit, List, NumberField, NumberInput, SimpleForm, TextField, TextInput, required } from 'react-admin';
import { csvExporter } from '../common/csv';
import { ListActions } from '../common/ListActions';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/inputs';

const HolidayList = () => (
  <List actions={<ListActions filters={false} />} sort={{ field: 'startDate', order: 'ASC' }} exporter={csvExporter('holidays')}>
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

const CommitteeList = () => (
  <List actions={<ListActions filters={false} />} exporter={csvExporter('committees')}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="nameAr" />
      <EnumField source="type" enumName="committeeType" />
      <NumberField source="quorum" />
      <BooleanField source="active" />
    </Datagrid>
  </List>
);

const CommitteeForm = () => (
  <SimpleForm>
    <TextInput source="key" validate={required()} inputProps={{ dir: 'ltr' }} />
    <TextInput source="nameAr" validate={required()} />
    <TextInput source="nameEn" />
    <EnumInput source="type" enumName="committeeType" validate={required()} />
    <NumberInput source="quorum" min={1} validate={required()} />
    <BooleanInput source="active" />
  </SimpleForm>
);

export const holidays = {
  list: HolidayList, icon: EventBusyIcon, recordRepresentation: 'nameAr',
  edit: () => <Edit mutationMode="pessimistic"><HolidayForm /></Edit>, create: () => <Create><HolidayForm /></Create>,
};
export const committees = {
  list: CommitteeList, icon: GroupsIcon, recordRepresentation: 'nameAr',
  edit: () => <Edit mutationMode="pessimistic"><CommitteeForm /></Edit>, create: () => <Create><CommitteeForm /></Create>,
};
