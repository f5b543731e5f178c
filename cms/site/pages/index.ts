/** Every public page's routes, in the order they are matched. Each module owns one part of the site. */
import type { SiteRoute } from '../router';
import channels from './channels';
import complaintForm from './complaint-form';
import contact from './contact';
import guides from './guides';
import home from './home';
import policies from './policies';
import registration from './registration';
import services from './services';
import sitemap from './sitemap';
import survey from './survey';
import track from './track';

export const SITE_ROUTES: readonly SiteRoute[] = [
  ...home,
  ...services,
  ...registration,
  ...complaintForm,
  ...track,
  ...survey,
  ...policies,
  ...guides,
  ...contact,
  ...channels,
  ...sitemap,
];
