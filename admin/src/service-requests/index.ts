import AssignmentIcon from '@mui/icons-material/Assignment';
import { RequestCreate } from './RequestCreate';
import { RequestList } from './RequestList';
import { RequestShow } from './RequestShow';

export default {
  list: RequestList,
  show: RequestShow,
  create: RequestCreate,
  icon: AssignmentIcon,
  recordRepresentation: 'trackingNumber',
};
