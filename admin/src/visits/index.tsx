/**
 * The front desk's visitor log: a walk-in is two clicks (the form opens filled with today, one
 * visitor, walk-in, the first branch; pick a purpose, save).
 */
import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import {
  Create,
  Datagrid,
  SaveButton,
  Toolbar,
  DateInput,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
  useGetList,
  useNotify,
  useTranslate,
} from 'react-admin';
import { csvExporter } from '../common/csv';
import { ListActions } from '../common/ListActions';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/inputs';

const today = () => new Date(Date.now() + 3 * 3600_000).toISOString().slice(0, 10); // Riyadh day

const VisitList = () => (
  <List
    actions={<ListActions filters={false} />}
    sort={{ field: 'visitDate', order: 'DESC' }}
    exporter={csvExporter('visits')}
  >
    <Datagrid bulkActionButtons={false}>
      <DualDateField source="visitDate" />
      <ReferenceField source="branch" reference="branches" link={false}>
        <TextField source="nameAr" />
      </ReferenceField>
      <NumberField source="count" />
      <EnumField source="purpose" enumName="visitPurpose" />
      <EnumField source="channel" enumName="visitChannel" />
    </Datagrid>
  </List>
);

const VisitCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { data: branches } = useGetList('branches', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
  });
  if (!branches) return null;
  return (
    <Create
      title={translate('wasl.visit.quick_title')}
      redirect="create"
      mutationOptions={{ onSuccess: () => notify(translate('wasl.visit.saved'), { type: 'success' }) }}
    >
      <SimpleForm
        toolbar={
          <Toolbar>
            <SaveButton alwaysEnable />
          </Toolbar>
        }
        defaultValues={{
          visitDate: today(),
          count: 1,
          channel: 'walk_in',
          purpose: 'inquiry',
          branch: branches[0]?.id,
        }}
      >
        <EnumInput source="purpose" enumName="visitPurpose" validate={required()} />
        <ReferenceInput source="branch" reference="branches">
          <SelectInput optionText="nameAr" validate={required()} />
        </ReferenceInput>
        <DateInput source="visitDate" validate={required()} />
        <NumberInput source="count" min={1} validate={required()} />
        <EnumInput source="channel" enumName="visitChannel" validate={required()} />
        <TextInput source="notes" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
};

export default { list: VisitList, create: VisitCreate, icon: DirectionsWalkIcon };
