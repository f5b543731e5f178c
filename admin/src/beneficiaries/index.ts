import PeopleIcon from '@mui/icons-material/People';
import { BeneficiaryCreate, BeneficiaryEdit } from './BeneficiaryCreate';
import { BeneficiaryList } from './BeneficiaryList';
import { BeneficiaryShow } from './BeneficiaryShow';

export default {
  list: BeneficiaryList,
  show: BeneficiaryShow,
  create: BeneficiaryCreate,
  edit: BeneficiaryEdit,
  icon: PeopleIcon,
  recordRepresentation: 'fullNameAr',
};
