/**
 * YSR-E1..E5 as data: the administrator adds and removes conditions from dropdowns; the console writes
 * the rule objects cms/domain/eligibility.ts evaluates. No JSON is ever typed.
 */
import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  SelectArrayInput,
  SimpleFormIterator,
  useTranslate,
} from 'react-admin';
import { choices, type EnumName } from '../common/enums';
import { EnumInput } from '../common/inputs';

/** Which value list each rule type chooses from (rules without values are yes/no facts). */
const VALUES_OF: Partial<Record<string, EnumName>> = {
  nationality: 'nationality',
  gender: 'gender',
  socialStatus: 'socialStatus',
  referralSource: 'referralSource',
};

/** Inside SimpleFormIterator, sources are scoped to the current rule by react-admin's SourceContext. */
const RuleDetails = ({ type }: { type: string | undefined }) => {
  const translate = useTranslate();
  const list = type ? VALUES_OF[type] : undefined;
  return (
    <>
      {list && <SelectArrayInput source="anyOf" choices={choices(list)} label={translate('wasl.rules.values')} />}
      {type === 'nationality' && (
        <BooleanInput source="orLegalResident" label={translate('wasl.rules.or_legal_resident')} />
      )}
      {type === 'age' && <NumberInput source="min" label={translate('wasl.rules.min_age')} />}
      {type === 'age' && <NumberInput source="max" label={translate('wasl.rules.max_age')} />}
    </>
  );
};

export const EligibilityRuleBuilder = () => {
  const translate = useTranslate();
  return (
    <ArrayInput source="eligibilityRules" helperText={translate('wasl.rules.none')}>
      <SimpleFormIterator inline disableReordering>
        <EnumInput source="type" enumName="ruleType" label={translate('wasl.rules.type')} />
        <FormDataConsumer>
          {({ scopedFormData }) => <RuleDetails type={scopedFormData?.type as string | undefined} />}
        </FormDataConsumer>
      </SimpleFormIterator>
    </ArrayInput>
  );
};
