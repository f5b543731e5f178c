/** PD1, PD2, PD4: the association admin writes a policy or guide (rich text) and its board approval. */
import {
  ArrayInput,
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { RichTextInput } from 'ra-input-rich-text';
import { Typography } from '@mui/material';
import { EnumInput } from '../common/inputs';
import { toEditorHtml } from './editorHtml';

export const PolicyForm = () => {
  const translate = useTranslate();
  return (
    <SimpleForm>
      <TextInput source="policyKey" validate={required()} inputProps={{ dir: 'ltr' }} />
      <EnumInput source="kind" enumName="policyKind" validate={required()} defaultValue="policy" />
      <TextInput source="titleAr" validate={required()} fullWidth />
      <TextInput source="titleEn" fullWidth />
      <NumberInput source="versionNumber" min={1} validate={required()} defaultValue={1} />
      <RichTextInput source="bodyAr" format={toEditorHtml} fullWidth />
      <RichTextInput source="bodyEn" format={toEditorHtml} fullWidth />
      <Typography variant="h6">{translate('wasl.policy.approval')}</Typography>
      <TextInput source="boardMeetingNumber" />
      <TextInput source="boardSession" />
      <DateInput source="approvalDate" />
      <TextInput
        source="approvalDateHijri"
        helperText={translate('wasl.policy.hijri_hint')}
        inputProps={{ dir: 'ltr' }}
      />
      <TextInput source="chairName" fullWidth />
      <ArrayInput source="signatories">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="name" label={translate('wasl.policy.signatory_name')} />
          <TextInput source="title" label={translate('wasl.policy.signatory_title')} />
        </SimpleFormIterator>
      </ArrayInput>
      <ReferenceInput source="supersedes" reference="policy-documents">
        <SelectInput optionText="titleAr" />
      </ReferenceInput>
      <BooleanInput source="isOfficerTool" />
    </SimpleForm>
  );
};
