/** Committee meetings (H6): number, Hijri + Gregorian date, status, and the minutes page. */
import EventNoteIcon from '@mui/icons-material/EventNote';
import { Datagrid, List, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { csvExporter } from '../common/csv';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { MinutesPanel } from './MinutesPanel';

const MeetingList = () => (
  <List
    actions={<ListActions filters={false} />}
    sort={{ field: 'meetingAt', order: 'DESC' }}
    exporter={csvExporter('committee-meetings')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="committee" reference="committees" link={false}>
        <TextField source="nameAr" />
      </ReferenceField>
      <NumberField source="number" />
      <DualDateField source="meetingAt" withTime />
      <EnumField source="status" enumName="meetingStatus" />
    </Datagrid>
  </List>
);

const MeetingShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="committee" reference="committees" link={false}>
        <TextField source="nameAr" />
      </ReferenceField>
      <NumberField source="number" />
      <DualDateField source="meetingAt" withTime />
      <TextField source="location" emptyText="—" />
      <EnumField source="status" enumName="meetingStatus" />
      <MinutesPanel />
    </SimpleShowLayout>
  </Show>
);

export default { list: MeetingList, show: MeetingShow, icon: EventNoteIcon, recordRepresentation: 'number' };
