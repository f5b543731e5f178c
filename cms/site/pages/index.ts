/** Every public page's routes, in the order they are matched. Each module owns one part of the site. */
import type { SiteRoute } from '../router';
import home from './home';

export const SITE_ROUTES: readonly SiteRoute[] = [...home];
