/** S1, MC4: questionnaires (built by the admin, with a preview), their results and periodic campaigns. */
import PollIcon from '@mui/icons-material/Poll';
import {
  BooleanField,
  Create,
  Datagrid,
  Edit,
  List,
  ReferenceField,
  SearchInput,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { CampaignPanel } from './CampaignPanel';
import { QuestionsPreview, type PreviewQuestion } from './QuestionsPreview';
import { ResultsPanel } from './ResultsPanel';
import { SurveyForm } from './SurveyForm';

/** Options belong to choice questions only: a question switched to another kind drops them. */
const withoutStrayOptions = (data: Record<string, unknown>) => ({
  ...data,
  questions: Array.isArray(data.questions)
    ? (data.questions as PreviewQuestion[]).map(({ options, ...q }) => (q.kind === 'choice' ? { ...q, options } : q))
    : data.questions,
});

const SurveyList = () => (
  <List actions={<ListActions />} filters={[<SearchInput key="q" source="q" alwaysOn />]} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="titleAr" />
      <EnumField source="kind" enumName="surveyKind" />
      <ReferenceField source="service" reference="services" link={false}>
        <TextField source="nameAr" />
      </ReferenceField>
      <BooleanField source="active" />
    </Datagrid>
  </List>
);

const Preview = (_props: { label?: string }) => {
  const record = useRecordContext();
  return <QuestionsPreview questions={record?.questions as PreviewQuestion[] | undefined} />;
};

const SurveyShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="titleAr" />
      <TextField source="titleEn" />
      <TextField source="introAr" />
      <EnumField source="kind" enumName="surveyKind" />
      <ReferenceField source="service" reference="services" link={false}>
        <TextField source="nameAr" />
      </ReferenceField>
      <BooleanField source="active" />
      <DualDateField source="opensAt" withTime />
      <DualDateField source="closesAt" withTime />
      <Preview label="resources.surveys.fields.questions" />
      <CampaignPanel label="wasl.surveys.campaign" />
      <ResultsPanel label="wasl.surveys.results" />
    </SimpleShowLayout>
  </Show>
);

const SurveyEdit = () => (
  <Edit mutationMode="pessimistic" transform={withoutStrayOptions}>
    <SurveyForm />
  </Edit>
);
const SurveyCreate = () => (
  <Create redirect="show" transform={withoutStrayOptions}>
    <SurveyForm />
  </Create>
);

export default {
  list: SurveyList,
  show: SurveyShow,
  edit: SurveyEdit,
  create: SurveyCreate,
  icon: PollIcon,
  recordRepresentation: 'titleAr',
};
