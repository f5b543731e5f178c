import { staffOnly } from './route-config';

/**
 * The simple-rest contract for every console resource (cms/constants/access.ts RESOURCES):
 * GET /<resource>, GET /<resource>/:id, POST /<resource>, PUT /<resource>/:id, DELETE /<resource>/:id.
 * Written out so each path can be found with grep; tests/unit/routes.test.ts checks the list is exactly
 * every resource × those five routes. Who may call which is checked by the is-staff policy.
 */
export default [
  // beneficiaries
  { method: 'GET', path: '/beneficiaries', handler: 'beneficiaries.find', config: staffOnly() },
  { method: 'GET', path: '/beneficiaries/:id', handler: 'beneficiaries.findOne', config: staffOnly() },
  { method: 'POST', path: '/beneficiaries', handler: 'beneficiaries.create', config: staffOnly() },
  { method: 'PUT', path: '/beneficiaries/:id', handler: 'beneficiaries.update', config: staffOnly() },
  { method: 'DELETE', path: '/beneficiaries/:id', handler: 'beneficiaries.delete', config: staffOnly() },
  // branches
  { method: 'GET', path: '/branches', handler: 'branches.find', config: staffOnly() },
  { method: 'GET', path: '/branches/:id', handler: 'branches.findOne', config: staffOnly() },
  { method: 'POST', path: '/branches', handler: 'branches.create', config: staffOnly() },
  { method: 'PUT', path: '/branches/:id', handler: 'branches.update', config: staffOnly() },
  { method: 'DELETE', path: '/branches/:id', handler: 'branches.delete', config: staffOnly() },
  // channels
  { method: 'GET', path: '/channels', handler: 'channels.find', config: staffOnly() },
  { method: 'GET', path: '/channels/:id', handler: 'channels.findOne', config: staffOnly() },
  { method: 'POST', path: '/channels', handler: 'channels.create', config: staffOnly() },
  { method: 'PUT', path: '/channels/:id', handler: 'channels.update', config: staffOnly() },
  { method: 'DELETE', path: '/channels/:id', handler: 'channels.delete', config: staffOnly() },
  // complaint-categories
  { method: 'GET', path: '/complaint-categories', handler: 'complaint-categories.find', config: staffOnly() },
  { method: 'GET', path: '/complaint-categories/:id', handler: 'complaint-categories.findOne', config: staffOnly() },
  { method: 'POST', path: '/complaint-categories', handler: 'complaint-categories.create', config: staffOnly() },
  { method: 'PUT', path: '/complaint-categories/:id', handler: 'complaint-categories.update', config: staffOnly() },
  { method: 'DELETE', path: '/complaint-categories/:id', handler: 'complaint-categories.delete', config: staffOnly() },
  // services
  { method: 'GET', path: '/services', handler: 'services.find', config: staffOnly() },
  { method: 'GET', path: '/services/:id', handler: 'services.findOne', config: staffOnly() },
  { method: 'POST', path: '/services', handler: 'services.create', config: staffOnly() },
  { method: 'PUT', path: '/services/:id', handler: 'services.update', config: staffOnly() },
  { method: 'DELETE', path: '/services/:id', handler: 'services.delete', config: staffOnly() },
  // service-requests
  { method: 'GET', path: '/service-requests', handler: 'service-requests.find', config: staffOnly() },
  { method: 'GET', path: '/service-requests/:id', handler: 'service-requests.findOne', config: staffOnly() },
  { method: 'POST', path: '/service-requests', handler: 'service-requests.create', config: staffOnly() },
  { method: 'PUT', path: '/service-requests/:id', handler: 'service-requests.update', config: staffOnly() },
  { method: 'DELETE', path: '/service-requests/:id', handler: 'service-requests.delete', config: staffOnly() },
  // request-events
  { method: 'GET', path: '/request-events', handler: 'request-events.find', config: staffOnly() },
  { method: 'GET', path: '/request-events/:id', handler: 'request-events.findOne', config: staffOnly() },
  { method: 'POST', path: '/request-events', handler: 'request-events.create', config: staffOnly() },
  { method: 'PUT', path: '/request-events/:id', handler: 'request-events.update', config: staffOnly() },
  { method: 'DELETE', path: '/request-events/:id', handler: 'request-events.delete', config: staffOnly() },
  // attestations
  { method: 'GET', path: '/attestations', handler: 'attestations.find', config: staffOnly() },
  { method: 'GET', path: '/attestations/:id', handler: 'attestations.findOne', config: staffOnly() },
  { method: 'POST', path: '/attestations', handler: 'attestations.create', config: staffOnly() },
  { method: 'PUT', path: '/attestations/:id', handler: 'attestations.update', config: staffOnly() },
  { method: 'DELETE', path: '/attestations/:id', handler: 'attestations.delete', config: staffOnly() },
  // committees
  { method: 'GET', path: '/committees', handler: 'committees.find', config: staffOnly() },
  { method: 'GET', path: '/committees/:id', handler: 'committees.findOne', config: staffOnly() },
  { method: 'POST', path: '/committees', handler: 'committees.create', config: staffOnly() },
  { method: 'PUT', path: '/committees/:id', handler: 'committees.update', config: staffOnly() },
  { method: 'DELETE', path: '/committees/:id', handler: 'committees.delete', config: staffOnly() },
  // committee-meetings
  { method: 'GET', path: '/committee-meetings', handler: 'committee-meetings.find', config: staffOnly() },
  { method: 'GET', path: '/committee-meetings/:id', handler: 'committee-meetings.findOne', config: staffOnly() },
  { method: 'POST', path: '/committee-meetings', handler: 'committee-meetings.create', config: staffOnly() },
  { method: 'PUT', path: '/committee-meetings/:id', handler: 'committee-meetings.update', config: staffOnly() },
  { method: 'DELETE', path: '/committee-meetings/:id', handler: 'committee-meetings.delete', config: staffOnly() },
  // agenda-items
  { method: 'GET', path: '/agenda-items', handler: 'agenda-items.find', config: staffOnly() },
  { method: 'GET', path: '/agenda-items/:id', handler: 'agenda-items.findOne', config: staffOnly() },
  { method: 'POST', path: '/agenda-items', handler: 'agenda-items.create', config: staffOnly() },
  { method: 'PUT', path: '/agenda-items/:id', handler: 'agenda-items.update', config: staffOnly() },
  { method: 'DELETE', path: '/agenda-items/:id', handler: 'agenda-items.delete', config: staffOnly() },
  // votes
  { method: 'GET', path: '/votes', handler: 'votes.find', config: staffOnly() },
  { method: 'GET', path: '/votes/:id', handler: 'votes.findOne', config: staffOnly() },
  { method: 'POST', path: '/votes', handler: 'votes.create', config: staffOnly() },
  { method: 'PUT', path: '/votes/:id', handler: 'votes.update', config: staffOnly() },
  { method: 'DELETE', path: '/votes/:id', handler: 'votes.delete', config: staffOnly() },
  // decisions
  { method: 'GET', path: '/decisions', handler: 'decisions.find', config: staffOnly() },
  { method: 'GET', path: '/decisions/:id', handler: 'decisions.findOne', config: staffOnly() },
  { method: 'POST', path: '/decisions', handler: 'decisions.create', config: staffOnly() },
  { method: 'PUT', path: '/decisions/:id', handler: 'decisions.update', config: staffOnly() },
  { method: 'DELETE', path: '/decisions/:id', handler: 'decisions.delete', config: staffOnly() },
  // complaints
  { method: 'GET', path: '/complaints', handler: 'complaints.find', config: staffOnly() },
  { method: 'GET', path: '/complaints/:id', handler: 'complaints.findOne', config: staffOnly() },
  { method: 'POST', path: '/complaints', handler: 'complaints.create', config: staffOnly() },
  { method: 'PUT', path: '/complaints/:id', handler: 'complaints.update', config: staffOnly() },
  { method: 'DELETE', path: '/complaints/:id', handler: 'complaints.delete', config: staffOnly() },
  // complaint-actions
  { method: 'GET', path: '/complaint-actions', handler: 'complaint-actions.find', config: staffOnly() },
  { method: 'GET', path: '/complaint-actions/:id', handler: 'complaint-actions.findOne', config: staffOnly() },
  { method: 'POST', path: '/complaint-actions', handler: 'complaint-actions.create', config: staffOnly() },
  { method: 'PUT', path: '/complaint-actions/:id', handler: 'complaint-actions.update', config: staffOnly() },
  { method: 'DELETE', path: '/complaint-actions/:id', handler: 'complaint-actions.delete', config: staffOnly() },
  // compensation-claims
  { method: 'GET', path: '/compensation-claims', handler: 'compensation-claims.find', config: staffOnly() },
  { method: 'GET', path: '/compensation-claims/:id', handler: 'compensation-claims.findOne', config: staffOnly() },
  { method: 'POST', path: '/compensation-claims', handler: 'compensation-claims.create', config: staffOnly() },
  { method: 'PUT', path: '/compensation-claims/:id', handler: 'compensation-claims.update', config: staffOnly() },
  { method: 'DELETE', path: '/compensation-claims/:id', handler: 'compensation-claims.delete', config: staffOnly() },
  // visits
  { method: 'GET', path: '/visits', handler: 'visits.find', config: staffOnly() },
  { method: 'GET', path: '/visits/:id', handler: 'visits.findOne', config: staffOnly() },
  { method: 'POST', path: '/visits', handler: 'visits.create', config: staffOnly() },
  { method: 'PUT', path: '/visits/:id', handler: 'visits.update', config: staffOnly() },
  { method: 'DELETE', path: '/visits/:id', handler: 'visits.delete', config: staffOnly() },
  // appointments
  { method: 'GET', path: '/appointments', handler: 'appointments.find', config: staffOnly() },
  { method: 'GET', path: '/appointments/:id', handler: 'appointments.findOne', config: staffOnly() },
  { method: 'POST', path: '/appointments', handler: 'appointments.create', config: staffOnly() },
  { method: 'PUT', path: '/appointments/:id', handler: 'appointments.update', config: staffOnly() },
  { method: 'DELETE', path: '/appointments/:id', handler: 'appointments.delete', config: staffOnly() },
  // surveys
  { method: 'GET', path: '/surveys', handler: 'surveys.find', config: staffOnly() },
  { method: 'GET', path: '/surveys/:id', handler: 'surveys.findOne', config: staffOnly() },
  { method: 'POST', path: '/surveys', handler: 'surveys.create', config: staffOnly() },
  { method: 'PUT', path: '/surveys/:id', handler: 'surveys.update', config: staffOnly() },
  { method: 'DELETE', path: '/surveys/:id', handler: 'surveys.delete', config: staffOnly() },
  // survey-responses
  { method: 'GET', path: '/survey-responses', handler: 'survey-responses.find', config: staffOnly() },
  { method: 'GET', path: '/survey-responses/:id', handler: 'survey-responses.findOne', config: staffOnly() },
  { method: 'POST', path: '/survey-responses', handler: 'survey-responses.create', config: staffOnly() },
  { method: 'PUT', path: '/survey-responses/:id', handler: 'survey-responses.update', config: staffOnly() },
  { method: 'DELETE', path: '/survey-responses/:id', handler: 'survey-responses.delete', config: staffOnly() },
  // survey-invitations
  { method: 'GET', path: '/survey-invitations', handler: 'survey-invitations.find', config: staffOnly() },
  { method: 'GET', path: '/survey-invitations/:id', handler: 'survey-invitations.findOne', config: staffOnly() },
  { method: 'POST', path: '/survey-invitations', handler: 'survey-invitations.create', config: staffOnly() },
  { method: 'PUT', path: '/survey-invitations/:id', handler: 'survey-invitations.update', config: staffOnly() },
  { method: 'DELETE', path: '/survey-invitations/:id', handler: 'survey-invitations.delete', config: staffOnly() },
  // field-inspections
  { method: 'GET', path: '/field-inspections', handler: 'field-inspections.find', config: staffOnly() },
  { method: 'GET', path: '/field-inspections/:id', handler: 'field-inspections.findOne', config: staffOnly() },
  { method: 'POST', path: '/field-inspections', handler: 'field-inspections.create', config: staffOnly() },
  { method: 'PUT', path: '/field-inspections/:id', handler: 'field-inspections.update', config: staffOnly() },
  { method: 'DELETE', path: '/field-inspections/:id', handler: 'field-inspections.delete', config: staffOnly() },
  // inspection-findings
  { method: 'GET', path: '/inspection-findings', handler: 'inspection-findings.find', config: staffOnly() },
  { method: 'GET', path: '/inspection-findings/:id', handler: 'inspection-findings.findOne', config: staffOnly() },
  { method: 'POST', path: '/inspection-findings', handler: 'inspection-findings.create', config: staffOnly() },
  { method: 'PUT', path: '/inspection-findings/:id', handler: 'inspection-findings.update', config: staffOnly() },
  { method: 'DELETE', path: '/inspection-findings/:id', handler: 'inspection-findings.delete', config: staffOnly() },
  // corrective-actions
  { method: 'GET', path: '/corrective-actions', handler: 'corrective-actions.find', config: staffOnly() },
  { method: 'GET', path: '/corrective-actions/:id', handler: 'corrective-actions.findOne', config: staffOnly() },
  { method: 'POST', path: '/corrective-actions', handler: 'corrective-actions.create', config: staffOnly() },
  { method: 'PUT', path: '/corrective-actions/:id', handler: 'corrective-actions.update', config: staffOnly() },
  { method: 'DELETE', path: '/corrective-actions/:id', handler: 'corrective-actions.delete', config: staffOnly() },
  // contact-officer-assignments
  {
    method: 'GET',
    path: '/contact-officer-assignments',
    handler: 'contact-officer-assignments.find',
    config: staffOnly(),
  },
  {
    method: 'GET',
    path: '/contact-officer-assignments/:id',
    handler: 'contact-officer-assignments.findOne',
    config: staffOnly(),
  },
  {
    method: 'POST',
    path: '/contact-officer-assignments',
    handler: 'contact-officer-assignments.create',
    config: staffOnly(),
  },
  {
    method: 'PUT',
    path: '/contact-officer-assignments/:id',
    handler: 'contact-officer-assignments.update',
    config: staffOnly(),
  },
  {
    method: 'DELETE',
    path: '/contact-officer-assignments/:id',
    handler: 'contact-officer-assignments.delete',
    config: staffOnly(),
  },
  // association-profiles
  { method: 'GET', path: '/association-profiles', handler: 'association-profiles.find', config: staffOnly() },
  { method: 'GET', path: '/association-profiles/:id', handler: 'association-profiles.findOne', config: staffOnly() },
  { method: 'POST', path: '/association-profiles', handler: 'association-profiles.create', config: staffOnly() },
  { method: 'PUT', path: '/association-profiles/:id', handler: 'association-profiles.update', config: staffOnly() },
  { method: 'DELETE', path: '/association-profiles/:id', handler: 'association-profiles.delete', config: staffOnly() },
  // holidays
  { method: 'GET', path: '/holidays', handler: 'holidays.find', config: staffOnly() },
  { method: 'GET', path: '/holidays/:id', handler: 'holidays.findOne', config: staffOnly() },
  { method: 'POST', path: '/holidays', handler: 'holidays.create', config: staffOnly() },
  { method: 'PUT', path: '/holidays/:id', handler: 'holidays.update', config: staffOnly() },
  { method: 'DELETE', path: '/holidays/:id', handler: 'holidays.delete', config: staffOnly() },
  // policy-documents
  { method: 'GET', path: '/policy-documents', handler: 'policy-documents.find', config: staffOnly() },
  { method: 'GET', path: '/policy-documents/:id', handler: 'policy-documents.findOne', config: staffOnly() },
  { method: 'POST', path: '/policy-documents', handler: 'policy-documents.create', config: staffOnly() },
  { method: 'PUT', path: '/policy-documents/:id', handler: 'policy-documents.update', config: staffOnly() },
  { method: 'DELETE', path: '/policy-documents/:id', handler: 'policy-documents.delete', config: staffOnly() },
  // policy-acknowledgements
  { method: 'GET', path: '/policy-acknowledgements', handler: 'policy-acknowledgements.find', config: staffOnly() },
  {
    method: 'GET',
    path: '/policy-acknowledgements/:id',
    handler: 'policy-acknowledgements.findOne',
    config: staffOnly(),
  },
  { method: 'POST', path: '/policy-acknowledgements', handler: 'policy-acknowledgements.create', config: staffOnly() },
  {
    method: 'PUT',
    path: '/policy-acknowledgements/:id',
    handler: 'policy-acknowledgements.update',
    config: staffOnly(),
  },
  {
    method: 'DELETE',
    path: '/policy-acknowledgements/:id',
    handler: 'policy-acknowledgements.delete',
    config: staffOnly(),
  },
  // stakeholders
  { method: 'GET', path: '/stakeholders', handler: 'stakeholders.find', config: staffOnly() },
  { method: 'GET', path: '/stakeholders/:id', handler: 'stakeholders.findOne', config: staffOnly() },
  { method: 'POST', path: '/stakeholders', handler: 'stakeholders.create', config: staffOnly() },
  { method: 'PUT', path: '/stakeholders/:id', handler: 'stakeholders.update', config: staffOnly() },
  { method: 'DELETE', path: '/stakeholders/:id', handler: 'stakeholders.delete', config: staffOnly() },
  // audit-logs
  { method: 'GET', path: '/audit-logs', handler: 'audit-logs.find', config: staffOnly() },
  { method: 'GET', path: '/audit-logs/:id', handler: 'audit-logs.findOne', config: staffOnly() },
  { method: 'POST', path: '/audit-logs', handler: 'audit-logs.create', config: staffOnly() },
  { method: 'PUT', path: '/audit-logs/:id', handler: 'audit-logs.update', config: staffOnly() },
  { method: 'DELETE', path: '/audit-logs/:id', handler: 'audit-logs.delete', config: staffOnly() },
  // notifications
  { method: 'GET', path: '/notifications', handler: 'notifications.find', config: staffOnly() },
  { method: 'GET', path: '/notifications/:id', handler: 'notifications.findOne', config: staffOnly() },
  { method: 'POST', path: '/notifications', handler: 'notifications.create', config: staffOnly() },
  { method: 'PUT', path: '/notifications/:id', handler: 'notifications.update', config: staffOnly() },
  { method: 'DELETE', path: '/notifications/:id', handler: 'notifications.delete', config: staffOnly() },
];
