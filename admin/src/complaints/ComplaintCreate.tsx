/**
 * ALL-CH: the front desk records a complaint, inquiry or suggestion from any channel; the server's
 * intake gives it its tracking number and deadline. Empty optional fields are left out of the body
 * (the intake refuses unknown keys and nulls).
 */
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  ReferenceInput,
  SimpleForm,
  TextInput,
  required,
  type RaRecord,
} from 'react-admin';
import { DigitsInput, EnumInput } from '../common/inputs';
import { ListValueInput } from '../common/lists';

const withoutEmpty = (data: RaRecord) =>
  Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined && v !== '')) as RaRecord;

export const ComplaintCreate = () => (
  <Create redirect="show" transform={withoutEmpty}>
    <SimpleForm defaultValues={{ kind: 'complaint', channel: 'in_person', anonymous: false }}>
      <EnumInput source="kind" enumName="complaintKind" validate={required()} />
      <ListValueInput source="channel" resource="channels" validate={required()} />
      <ListValueInput source="category" resource="complaint-categories" />
      <TextInput source="subject" validate={required()} fullWidth />
      <TextInput source="description" validate={required()} multiline minRows={3} fullWidth />
      <ReferenceInput source="beneficiary" reference="beneficiaries">
        <AutocompleteInput optionText="fullNameAr" filterToQuery={(q: string) => ({ q })} fullWidth />
      </ReferenceInput>
      <BooleanInput source="anonymous" />
      <TextInput source="complainantName" />
      <DigitsInput source="complainantPhone" inputProps={{ dir: 'ltr', inputMode: 'tel' }} />
      <TextInput source="complainantEmail" inputProps={{ dir: 'ltr' }} />
    </SimpleForm>
  </Create>
);
