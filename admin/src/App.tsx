/** The staff console's table of contents: providers, theme, resources (per role), custom routes. */
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import auditLogs from './audit-logs';
import { authProvider } from './authProvider';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import beneficiaries from './beneficiaries';
import { CommitteeQueue } from './committee/CommitteeQueue';
import { isStaffRole } from '../../cms/constants/roles';
import { screensFor } from './common/resourceProps';
import complaints from './complaints';
import { Dashboard } from './dashboard';
import meetings from './committee/meetings';
import { channels, complaintCategories, holidays } from './configuration';
import { committees } from './configuration/committees';
import { contactOfficerAssignments } from './configuration/contact-officers';
import { OfficerTools } from './configuration/OfficerTools';
import { ProfileImport } from './configuration/ProfileImport';
import profile from './configuration/profile';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import policies from './policy-documents';
import { MonthlyReports } from './reports/MonthlyReports';
import { RtlRoot } from './RtlRoot';
import serviceRequests from './service-requests';
import services from './services';
import { staffScreensFor } from './staff';
import { waslTheme } from './theme';
import visits from './visits';
import surveys from './surveys';
import surveyResponses from './surveys/responses';
import { FrontDesk } from './visits/FrontDesk';
import { VisitTotals } from './visits/VisitTotals';
import appointments from './appointments';
import fieldInspections from './field-inspections';

export const App = () => (
  <RtlRoot>
    {(direction) => (
      <Admin
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        theme={waslTheme(direction)}
        layout={Layout}
        dashboard={Dashboard}
        requireAuth
        disableTelemetry
      >
        <CustomRoutes noLayout>
          <Route path="/reset-password" element={<ResetPasswordPage />} />
        </CustomRoutes>
        {(permissions: unknown) => {
          const role = isStaffRole(permissions) ? permissions : null;
          return [
            <Resource
              key="service-requests"
              name="service-requests"
              {...screensFor(role, 'service-requests', serviceRequests)}
            />,
            <Resource key="beneficiaries" name="beneficiaries" {...screensFor(role, 'beneficiaries', beneficiaries)} />,
            <Resource key="complaints" name="complaints" {...screensFor(role, 'complaints', complaints)} />,
            <Resource key="visits" name="visits" {...screensFor(role, 'visits', visits)} />,
            <Resource key="appointments" name="appointments" {...screensFor(role, 'appointments', appointments)} />,
            <Resource
              key="field-inspections"
              name="field-inspections"
              {...screensFor(role, 'field-inspections', fieldInspections)}
            />,
            <Resource key="inspection-findings" name="inspection-findings" />,
            <Resource key="corrective-actions" name="corrective-actions" />,
            <Resource key="services" name="services" {...screensFor(role, 'services', services)} />,
            <Resource key="surveys" name="surveys" {...screensFor(role, 'surveys', surveys)} />,
            <Resource
              key="survey-responses"
              name="survey-responses"
              {...screensFor(role, 'survey-responses', surveyResponses)}
            />,
            <Resource
              key="policy-documents"
              name="policy-documents"
              {...screensFor(role, 'policy-documents', policies)}
            />,
            <Resource key="holidays" name="holidays" {...screensFor(role, 'holidays', holidays)} />,
            <Resource
              key="committee-meetings"
              name="committee-meetings"
              {...screensFor(role, 'committee-meetings', meetings)}
            />,
            <Resource
              key="association-profiles"
              name="association-profiles"
              {...screensFor(role, 'association-profiles', profile)}
            />,
            <Resource key="committees" name="committees" {...screensFor(role, 'committees', committees)} />,
            <Resource key="channels" name="channels" {...screensFor(role, 'channels', channels)} />,
            <Resource
              key="complaint-categories"
              name="complaint-categories"
              {...screensFor(role, 'complaint-categories', complaintCategories)}
            />,
            <Resource
              key="contact-officer-assignments"
              name="contact-officer-assignments"
              {...screensFor(role, 'contact-officer-assignments', contactOfficerAssignments)}
            />,
            <Resource key="audit-logs" name="audit-logs" {...screensFor(role, 'audit-logs', auditLogs)} />,
            <Resource key="branches" name="branches" recordRepresentation="nameAr" />,
            <Resource key="request-events" name="request-events" />,
            <Resource key="attestations" name="attestations" />,
            <Resource key="decisions" name="decisions" />,
            <Resource key="votes" name="votes" />,
            <Resource key="policy-acknowledgements" name="policy-acknowledgements" />,
            <Resource key="staff" name="staff" {...staffScreensFor(role)} />,
            <CustomRoutes key="routes">
              <Route path="/committee" element={<CommitteeQueue />} />
              <Route path="/front-desk" element={<FrontDesk />} />
              <Route path="/visit-totals" element={<VisitTotals />} />
              <Route path="/reports/monthly" element={<MonthlyReports />} />
              <Route path="/officer-tools" element={<OfficerTools />} />
              <Route path="/profile-import" element={<ProfileImport />} />
            </CustomRoutes>,
          ];
        }}
      </Admin>
    )}
  </RtlRoot>
);
