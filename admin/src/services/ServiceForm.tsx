import {
  ArrayInput,
  BooleanInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { EnumInput } from '../common/inputs';
import { EligibilityRuleBuilder } from './EligibilityRuleBuilder';

/** A service configured without code: names, SLA, committee, required documents, eligibility rules. */
export const ServiceForm = () => {
  const translate = useTranslate();
  return (
    <SimpleForm>
      <TextInput source="key" validate={required()} inputProps={{ dir: 'ltr' }} />
      <TextInput source="nameAr" validate={required()} fullWidth />
      <TextInput source="nameEn" fullWidth />
      <TextInput source="descriptionAr" multiline fullWidth />
      <EnumInput source="category" enumName="serviceCategory" validate={required()} />
      <NumberInput source="slaDays" min={1} />
      <EnumInput source="slaUnit" enumName="slaUnit" />
      <ReferenceInput source="committee" reference="committees">
        <SelectInput optionText="nameAr" />
      </ReferenceInput>
      <BooleanInput source="needsInterview" />
      <BooleanInput source="needsResearch" />
      <BooleanInput source="needsReferral" />
      <BooleanInput source="ratingRequired" />
      <BooleanInput source="confidential" />
      <BooleanInput source="published" />
      <ArrayInput source="requiredDocuments">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="key" label={translate('wasl.rules.document_key')} inputProps={{ dir: 'ltr' }} />
          <TextInput source="labelAr" label={translate('wasl.rules.document_ar')} />
          <TextInput source="labelEn" label={translate('wasl.rules.document_en')} />
        </SimpleFormIterator>
      </ArrayInput>
      <EligibilityRuleBuilder />
    </SimpleForm>
  );
};
