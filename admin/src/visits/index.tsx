/**
 * The visitor log (MC1): the list with its filters, and a form for a group or a past day (the form opens
 * filled with today, one visitor, walk-in, served, the first branch). One walk-in at a time is the
 * front-desk screen (./FrontDesk.tsx); the daily totals are ./VisitTotals.tsx.
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

/** The issue: "773 raw rows with no date filter": the list filters by day range, branch, purpose and outcome. */
const filters = [
  <DateInput key="from" source="visitDate_gte" label="wasl.visit_totals.from" alwaysOn />,
  <DateInput key="to" source="visitDate_lte" label="wasl.visit_totals.to" alwaysOn />,
  <ReferenceInput key="branch" source="branch" reference="branches" alwaysOn>
    <SelectInput optionText="nameAr" />
  </ReferenceInput>,
  <EnumInput key="purpose" source="purpose" enumName="visitPurpose" />,
  <EnumInput key="outcome" source="outcome" enumName="visitOutcome" />,
];

const VisitList = () => (
  <List
    actions={<ListActions />}
    filters={filters}
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
      <EnumField source="outcome" enumName="visitOutcome" />
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
          outcome: 'served',
          branch: branches[0]?.id,
        }}
      >
        <EnumInput source="purpose" enumName="visitPurpose" validate={required()} />
        <EnumInput source="outcome" enumName="visitOutcome" validate={required()} />
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
