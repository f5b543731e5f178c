import {
  BooleanInput,
  DateInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  email,
  required,
} from 'react-admin';
import { DigitsInput, EnumInput } from '../common/inputs';
import { DuplicateWarning } from './DuplicateWarning';

/** One form for registering and correcting a beneficiary (fields of DESIGN.md "Beneficiary"). */
export const BeneficiaryForm = ({ create = false }: { create?: boolean }) => (
  <SimpleForm defaultValues={create ? { nationality: 'SA', legalResidency: true, consentGiven: false } : undefined}>
    {create && <DuplicateWarning />}
    <DigitsInput source="nationalId" validate={required()} inputProps={{ inputMode: 'numeric', dir: 'ltr' }} />
    <TextInput source="fullNameAr" validate={required()} fullWidth />
    <TextInput source="fullNameEn" fullWidth />
    <EnumInput source="nationality" enumName="nationality" validate={required()} />
    <BooleanInput source="legalResidency" />
    <EnumInput source="gender" enumName="gender" validate={required()} />
    <DateInput source="birthDate" />
    <EnumInput source="socialStatus" enumName="socialStatus" validate={required()} />
    <EnumInput source="category" enumName="category" validate={required()} />
    <EnumInput source="preferredChannel" enumName="preferredChannel" validate={required()} />
    <DigitsInput source="phone" validate={required()} inputProps={{ inputMode: 'tel', dir: 'ltr' }} />
    <TextInput source="email" validate={email()} inputProps={{ dir: 'ltr' }} />
    <TextInput source="city" />
    <ReferenceInput source="branch" reference="branches">
      <SelectInput optionText="nameAr" />
    </ReferenceInput>
    <BooleanInput source="consentGiven" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);
