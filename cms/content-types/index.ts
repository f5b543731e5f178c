import beneficiary from './beneficiary';
import branch from './branch';

export default {
  beneficiary,
  branch,
};
