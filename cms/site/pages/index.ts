/** Every public page's routes, in the order they are matched. Each module owns one part of the site. */
import type { SiteRoute } from '../router';
import channels from './channels';
import contact from './contact';
import guides from './guides';
import home from './home';
import policies from './policies';
import services from './services';
import sitemap from './sitemap';

export const SITE_ROUTES: readonly SiteRoute[] = [
  ...home,
  ...services,
  ...policies,
  ...guides,
  ...contact,
  ...channels,
  ...sitemap,
];
