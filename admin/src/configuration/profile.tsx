/**
 * The association profile (PD5, H7): contacts, channels, weekend and working hours, default deadlines.
 * One record per association: the admin edits it, nobody creates or deletes it; the server re-times
 * open deadlines when the calendar changes.
 */
import BusinessIcon from '@mui/icons-material/Business';
import {
  CheckboxGroupInput,
  Datagrid,
  Edit,
  List,
  NumberField,
  NumberInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { csvExporter } from '../common/csv';
import { EnumInput } from '../common/inputs';
import { ListActions } from '../common/ListActions';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

const ProfileList = () => (
  <List actions={<ListActions filters={false} />} exporter={csvExporter('association-profile')} pagination={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="nameAr" />
      <TextField source="city" />
      <NumberField source="defaultSlaDays" />
      <NumberField source="complaintSlaDays" />
    </Datagrid>
  </List>
);

const ProfileEdit = () => {
  const translate = useTranslate();
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <TextInput source="nameAr" validate={required()} fullWidth />
        <TextInput source="nameEn" fullWidth />
        <TextInput source="registrationNumber" />
        <TextInput source="city" />
        <TextInput source="region" />
        <TextInput source="phone" inputProps={{ dir: 'ltr' }} />
        <TextInput source="email" inputProps={{ dir: 'ltr' }} />
        <TextInput source="website" inputProps={{ dir: 'ltr' }} />
        <CheckboxGroupInput
          source="weekendDays"
          choices={WEEKDAYS.map((d) => ({ id: d, name: translate(`wasl.weekday.${d}`) }))}
          translateChoice={false}
        />
        <TextInput source="workdayStart" inputProps={{ dir: 'ltr' }} />
        <TextInput source="workdayEnd" inputProps={{ dir: 'ltr' }} />
        <NumberInput source="defaultSlaDays" min={1} validate={required()} />
        <EnumInput source="defaultSlaUnit" enumName="slaUnit" validate={required()} />
        <NumberInput source="dueSoonWorkingDays" min={0} />
        <NumberInput source="complaintSlaDays" min={1} validate={required()} />
      </SimpleForm>
    </Edit>
  );
};

export default { list: ProfileList, edit: ProfileEdit, icon: BusinessIcon, recordRepresentation: 'nameAr' };
