/**
 * S4: the front desk or the researcher records an interview's (or a call's) answers for a request; the
 * server checks them against the questions and computes the score. ALL-SAT: the list shows what was
 * served and where, never who served.
 */
import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import { Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  Create,
  Datagrid,
  List,
  NumberField,
  RadioButtonGroupInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
  useGetOne,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { enumKey } from '../common/enums';
import type { PreviewQuestion } from './QuestionsPreview';

const INTERVIEW_CHANNELS = ['in_person', 'phone'].map((id) => ({ id, name: enumKey('responseChannel', id) }));

/** One input per question of the chosen questionnaire, under `answers.<key>`. */
const AnswerInputs = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const surveyId = useWatch({ name: 'survey' }) as string | undefined;
  const { data } = useGetOne('surveys', { id: surveyId ?? '' }, { enabled: Boolean(surveyId) });
  if (!surveyId || !data)
    return <Typography color="text.secondary">{translate('wasl.surveys.choose_survey')}</Typography>;
  const label = (item: { labelAr?: string; labelEn?: string }) =>
    (locale === 'en' ? item.labelEn || item.labelAr : item.labelAr) ?? '';
  return (
    <>
      {((data.questions ?? []) as PreviewQuestion[]).map((q) => {
        const source = `answers.${q.key}`;
        const validate = q.required ? required() : undefined;
        if (q.kind === 'likert')
          return (
            <RadioButtonGroupInput
              key={q.key}
              source={source}
              label={label(q)}
              validate={validate}
              choices={[1, 2, 3, 4, 5].map((id) => ({ id, name: String(id) }))}
              translateChoice={false}
            />
          );
        if (q.kind === 'choice')
          return (
            <SelectInput
              key={q.key}
              source={source}
              label={label(q)}
              validate={validate}
              choices={(q.options ?? []).map((o) => ({ id: o.key, name: label(o) }))}
              translateChoice={false}
            />
          );
        return <TextInput key={q.key} source={source} label={label(q)} validate={validate} multiline fullWidth />;
      })}
    </>
  );
};

const InterviewCreate = () => (
  <Create redirect={false} title="wasl.surveys.record_interview">
    <SimpleForm defaultValues={{ channel: 'in_person' }}>
      <ReferenceInput source="survey" reference="surveys" filter={{ active: true }}>
        <SelectInput optionText="titleAr" validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="request" reference="service-requests">
        <SelectInput optionText="trackingNumber" validate={required()} />
      </ReferenceInput>
      <SelectInput source="channel" choices={INTERVIEW_CHANNELS} validate={required()} />
      <AnswerInputs />
    </SimpleForm>
  </Create>
);

const ResponseList = () => (
  <List actions={<ListActions />} sort={{ field: 'submittedAt', order: 'DESC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="survey" reference="surveys" link={false}>
        <TextField source="titleAr" />
      </ReferenceField>
      <ReferenceField source="service" reference="services" link={false}>
        <TextField source="nameAr" />
      </ReferenceField>
      <ReferenceField source="branch" reference="branches" link={false}>
        <TextField source="nameAr" />
      </ReferenceField>
      <NumberField source="score" />
      <EnumField source="channel" enumName="responseChannel" />
      <DualDateField source="submittedAt" />
    </Datagrid>
  </List>
);

const ResponseShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="survey" reference="surveys" link={false}>
        <TextField source="titleAr" />
      </ReferenceField>
      <ReferenceField source="service" reference="services" link={false}>
        <TextField source="nameAr" />
      </ReferenceField>
      <NumberField source="score" />
      <EnumField source="channel" enumName="responseChannel" />
      <TextField source="comment" />
      <DualDateField source="submittedAt" withTime />
    </SimpleShowLayout>
  </Show>
);

export default {
  list: ResponseList,
  show: ResponseShow,
  create: InterviewCreate,
  icon: QuestionAnswerIcon,
};
