/** Inputs shared by several screens. */
import { SelectInput, TextInput, type SelectInputProps, type TextInputProps } from 'react-admin';
import { parseDigits } from './digits';
import { choices, type EnumName } from './enums';

/** National IDs, phones, counts: Arabic-Indic digits typed on an Arabic keyboard become ASCII digits. */
export const DigitsInput = (props: TextInputProps) => (
  <TextInput {...props} parse={parseDigits as TextInputProps['parse']} />
);

export const EnumInput = ({ enumName, ...props }: Omit<SelectInputProps, 'choices'> & { enumName: EnumName }) => (
  <SelectInput {...props} choices={choices(enumName)} />
);
