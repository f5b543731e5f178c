/**
 * S1: the admin builds a questionnaire without code: ordered questions (a 1–5 rating, a choice among
 * options, free text), each with Arabic and English text, beside a live preview. The server checks the
 * whole list (cms/validation/survey-body.ts) and answers field errors by path (`questions.2.options`).
 */
import { Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  ArrayInput,
  BooleanInput,
  DateTimeInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { EnumInput } from '../common/inputs';
import { choices } from '../common/enums';
import { QuestionsPreview, type PreviewQuestion } from './QuestionsPreview';

const LivePreview = () => <QuestionsPreview questions={useWatch({ name: 'questions' }) as PreviewQuestion[]} />;

export const SurveyForm = () => {
  const translate = useTranslate();
  return (
    <SimpleForm defaultValues={{ active: true, questions: [] }}>
      <TextInput source="key" validate={required()} inputProps={{ dir: 'ltr' }} />
      <TextInput source="titleAr" validate={required()} fullWidth />
      <TextInput source="titleEn" inputProps={{ dir: 'ltr' }} fullWidth />
      <TextInput source="introAr" multiline fullWidth />
      <TextInput source="introEn" multiline fullWidth />
      <EnumInput source="kind" enumName="surveyKind" validate={required()} />
      <ReferenceInput source="service" reference="services">
        <SelectInput optionText="nameAr" />
      </ReferenceInput>
      <BooleanInput source="active" />
      <DateTimeInput source="opensAt" />
      <DateTimeInput source="closesAt" />
      <Typography variant="body2" color="text.secondary">
        {translate('wasl.surveys.builder_hint')}
      </Typography>
      <ArrayInput source="questions">
        <SimpleFormIterator>
          <TextInput source="key" label={translate('wasl.surveys.question_key')} inputProps={{ dir: 'ltr' }} />
          <SelectInput
            source="kind"
            label={translate('wasl.surveys.question_kind')}
            choices={choices('questionKind')}
            validate={required()}
          />
          <TextInput source="labelAr" label={translate('wasl.surveys.label_ar')} fullWidth />
          <TextInput
            source="labelEn"
            label={translate('wasl.surveys.label_en')}
            inputProps={{ dir: 'ltr' }}
            fullWidth
          />
          <BooleanInput source="required" label={translate('wasl.surveys.required')} />
          <FormDataConsumer>
            {({ scopedFormData }) =>
              (scopedFormData as { kind?: string } | undefined)?.kind === 'choice' ? (
                <ArrayInput source="options" label={translate('wasl.surveys.options')}>
                  <SimpleFormIterator inline disableReordering>
                    <TextInput source="key" label={translate('wasl.surveys.option_key')} inputProps={{ dir: 'ltr' }} />
                    <TextInput source="labelAr" label={translate('wasl.surveys.option_ar')} />
                    <TextInput
                      source="labelEn"
                      label={translate('wasl.surveys.option_en')}
                      inputProps={{ dir: 'ltr' }}
                    />
                  </SimpleFormIterator>
                </ArrayInput>
              ) : null
            }
          </FormDataConsumer>
        </SimpleFormIterator>
      </ArrayInput>
      <LivePreview />
    </SimpleForm>
  );
};
