/** Every public page's routes, in the order they are matched. Each module owns one part of the site. */
import type { SiteRoute } from '../router';
import complaintForm from './complaint-form';
import home from './home';
import registration from './registration';
import survey from './survey';
import track from './track';

export const SITE_ROUTES: readonly SiteRoute[] = [...home, ...complaintForm, ...track, ...survey, ...registration];
