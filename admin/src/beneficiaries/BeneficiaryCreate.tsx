import { Create, Edit } from 'react-admin';
import { BeneficiaryForm } from './BeneficiaryForm';

export const BeneficiaryCreate = () => (
  <Create redirect="show">
    <BeneficiaryForm create />
  </Create>
);

export const BeneficiaryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <BeneficiaryForm />
  </Edit>
);
