/**
 * The front desk files a request (YSR-H1): beneficiary, service, channel, and the documents handed
 * over, ticked from the service's own list so nothing is typed twice.
 */
import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  Create,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useGetOne,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { EnumInput } from '../common/inputs';
import { ListValueInput } from '../common/lists';
import { useLocaleState } from 'react-admin';

type RequiredDocument = { key: string; labelAr: string; labelEn: string };

const DocumentsInput = () => {
  const service = useWatch({ name: 'service' }) as string | undefined;
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useGetOne('services', { id: service ?? '' }, { enabled: Boolean(service) });
  const documents = (Array.isArray(data?.requiredDocuments) ? data.requiredDocuments : []) as RequiredDocument[];
  if (!documents.length) return null;
  return (
    <CheckboxGroupInput
      source="documentsProvided"
      helperText={translate('wasl.request.documents_hint')}
      translateChoice={false}
      choices={documents.map((d) => ({ id: d.key, name: locale === 'en' ? d.labelEn : d.labelAr }))}
      row={false}
    />
  );
};

export const RequestCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ channel: 'in_person', documentsProvided: [], registeredOnline: false }}>
      <ReferenceInput source="beneficiary" reference="beneficiaries">
        <AutocompleteInput
          optionText="fullNameAr"
          validate={required()}
          filterToQuery={(q: string) => ({ q })}
          fullWidth
        />
      </ReferenceInput>
      <ReferenceInput source="service" reference="services" filter={{ published: true }}>
        <SelectInput optionText="nameAr" validate={required()} />
      </ReferenceInput>
      <ListValueInput source="channel" resource="channels" validate={required()} />
      <DocumentsInput />
      <BooleanInput source="registeredOnline" />
      <BooleanInput source="interviewPassed" />
      <EnumInput source="referralSource" enumName="referralSource" />
      <TextInput source="summary" multiline fullWidth />
    </SimpleForm>
  </Create>
);
