/**
 * The route files list their literal paths (grep finds each one); this checks the simple-rest list is
 * exactly every resource of the access table × the five routes of ra-data-simple-rest's contract.
 */
import { RESOURCE_NAMES } from '../../cms/constants/access';
import complaintRoutes from '../../cms/routes/complaints';
import recordRoutes from '../../cms/routes/records';
import statsRoutes from '../../cms/routes/stats';
import surveyRoutes from '../../cms/routes/surveys';
import publicSurveyRoutes from '../../cms/routes/public-surveys';
import publicRequestRoutes from '../../cms/routes/public-requests';

type Route = { method: string; path: string; handler: string };

describe('route files', () => {
  it('[HRF-P1] the record routes are every resource × GET, GET :id, POST, PUT :id, DELETE :id, each once', () => {
    expect(RESOURCE_NAMES.length).toBeGreaterThan(0);
    const expected = RESOURCE_NAMES.flatMap((r) => [
      `GET /${r} ${r}.find`,
      `GET /${r}/:id ${r}.findOne`,
      `POST /${r} ${r}.create`,
      `PUT /${r}/:id ${r}.update`,
      `DELETE /${r}/:id ${r}.delete`,
    ]);
    expect((recordRoutes as Route[]).map((r) => `${r.method} ${r.path} ${r.handler}`)).toEqual(expected);
  });

  it('[HRF-CM4] the complaint steps are six named POST routes', () => {
    expect((complaintRoutes as Route[]).map((r) => r.path)).toEqual([
      '/complaints/:id/assign',
      '/complaints/:id/act',
      '/complaints/:id/escalate',
      '/complaints/:id/resolve',
      '/complaints/:id/close',
      '/complaints/:id/reopen',
    ]);
  });

  it('[HRF-P1] the statistics are five GET routes, each its own handler', () => {
    expect((statsRoutes as Route[]).map((r) => `${r.method} ${r.path} ${r.handler}`)).toEqual([
      'GET /stats/visitors stats.visitors',
      'GET /stats/complaints stats.complaints',
      'GET /stats/requests-sla stats.requestsSla',
      'GET /stats/satisfaction stats.satisfaction',
      'GET /stats/escalations stats.escalations',
    ]);
  });

  it('[YSR-E1] online service registration is one POST route without sign-in', () => {
    expect(
      (publicRequestRoutes as (Route & { config: { auth?: boolean } })[]).map((r) => [
        r.method,
        r.path,
        r.handler,
        r.config.auth,
      ]),
    ).toEqual([['POST', '/public/requests', 'public-requests.register', false]]);
  });

  it('[S1] surveys: results and campaigns for staff, the one-time link read and answered without sign-in', () => {
    expect((surveyRoutes as Route[]).map((r) => `${r.method} ${r.path} ${r.handler}`)).toEqual([
      'GET /surveys/:id/results survey-tools.results',
      'POST /surveys/:id/campaigns survey-tools.campaign',
    ]);
    expect(
      (publicSurveyRoutes as (Route & { config: { auth?: boolean } })[]).map((r) => [r.method, r.path, r.config.auth]),
    ).toEqual([
      ['GET', '/public/surveys/:token', false],
      ['POST', '/public/surveys/:token', false],
    ]);
  });

  it("[HRF-P1] every staff route gets its own config object (Strapi writes each route's auth scope into it)", () => {
    const configs = [...recordRoutes, ...complaintRoutes, ...statsRoutes, ...surveyRoutes, ...publicSurveyRoutes].map(
      (r) => (r as { config: object }).config,
    );
    expect(new Set(configs).size).toBe(configs.length);
  });
});
