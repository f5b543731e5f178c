/** English, the switch. Typed as the Arabic catalogue's shape, so a key missing here fails typechecking. */
import type { TranslationMessages } from 'ra-core';
import englishMessages from 'ra-language-english';
import type { AppMessages } from './ar';
import { auditEn } from './audit';

export const enApp: AppMessages = {
  resources: {
    beneficiaries: {
      name: 'Beneficiary |||| Beneficiaries',
      fields: {
        nationalId: 'National ID / iqama', idKind: 'ID kind', fullNameAr: 'Full name', fullNameEn: 'Name in English', nationality: 'Nationality',
        legalResidency: 'Legal residency', gender: 'Gender', birthDate: 'Birth date', socialStatus: 'Social status', category: 'Category',
        preferredChannel: 'Preferred channel', phone: 'Mobile', email: 'Email', city: 'City', branch: 'Branch',
        consentGiven: 'Consent to data processing', notes: 'Notes', attachments: 'Attachments', createdAt: 'Registered on', q: 'Search',
      },
    },
    'service-requests': {
      name: 'Service request |||| Service requests',
      fields: {
        trackingNumber: 'Request no.', beneficiary: 'Beneficiary', service: 'Service', branch: 'Branch', channel: 'Channel', status: 'Status',
        receivedAt: 'Received', completedAt: 'Completed', dueAt: 'Due', decidedAt: 'Decided', documentsProvided: 'Documents provided',
        interviewPassed: 'Interview passed', referralSource: 'Referral source', registeredOnline: 'Registered online', summary: 'Summary',
        researchReport: 'Social research report', slaState: 'SLA', q: 'Search',
      },
    },
    services: {
      name: 'Service |||| Services',
      fields: {
        key: 'Key', nameAr: 'Name', nameEn: 'Name in English', descriptionAr: 'Description', category: 'Category', eligibilityRules: 'Eligibility rules',
        requiredDocuments: 'Required documents', slaDays: 'SLA', slaUnit: 'SLA unit', committee: 'Committee', needsInterview: 'Needs an interview',
        needsResearch: 'Needs social research', needsReferral: 'Needs a referral', confidential: 'Confidential (case staff only)', ratingRequired: 'Post-service rating', published: 'Published', sortOrder: 'Order', q: 'Search',
      },
    },
    complaints: {
      name: 'Complaint |||| Complaints and inquiries',
      fields: {
        trackingNumber: 'Tracking no.', kind: 'Kind', channel: 'Channel', category: 'Category', status: 'Status', subject: 'Subject', description: 'Details',
        beneficiary: 'Beneficiary', anonymous: 'Anonymous', complainantName: 'Complainant', complainantPhone: 'Complainant mobile', complainantEmail: 'Complainant email', receivedAt: 'Received',
        dueAt: 'Reply due', escalationLevel: 'Escalation level', resolution: 'Resolution', department: 'Department', q: 'Search',
        auto: 'Assign automatically', note: 'Note', body: 'Text', awaitComplainant: 'Waiting on the complainant (pauses the deadline)',
        reason: 'Reason', amicableSettlement: 'Amicable settlement reached', settlementNotes: 'Settlement details', publicReply: 'Reply to the complainant',
        satisfaction: 'Complainant satisfaction (1–5)',
        assignedTo: 'Assigned to',
      },
    },
    'complaint-actions': { name: 'Action |||| Action log', fields: { kind: 'Action', body: 'Details', at: 'Date' } },
    visits: {
      name: 'Visit |||| Visitor log',
      fields: { visitDate: 'Visit date', branch: 'Branch', count: 'Visitors', purpose: 'Purpose', channel: 'Kind', notes: 'Notes' },
    },
    'policy-documents': {
      name: 'Policy |||| Policies',
      fields: {
        policyKey: 'Key', titleAr: 'Title', versionNumber: 'Version', boardMeetingNumber: 'Board meeting no.', boardSession: 'Session',
        approvalDate: 'Approved on', chairName: 'Chair', bodyAr: 'Text', q: 'Search',
      },
    },
    staff: {
      name: 'Staff member |||| Staff',
      fields: { username: 'Username', fullNameAr: 'Name', fullNameEn: 'Name in English', role: 'Role', blocked: 'Blocked', confirmed: 'Active', email: 'Email' },
    },
    'policy-acknowledgements': { name: 'Acknowledgement |||| Acknowledgements', fields: { user: 'Staff member', versionNumber: 'Version', acknowledgedAt: 'Acknowledged on' } },
    holidays: {
      name: 'Holiday |||| Public holidays',
      fields: { nameAr: 'Name', nameEn: 'Name in English', startDate: 'From', endDate: 'To', hijriYear: 'Hijri year', kind: 'Kind', q: 'Search' },
    },
    committees: {
      name: 'Committee |||| Committees',
      fields: { key: 'Key', nameAr: 'Name', nameEn: 'Name in English', type: 'Type', quorum: 'Quorum', active: 'Active', q: 'Search' },
    },
    'committee-meetings': {
      name: 'Meeting |||| Committee meetings',
      fields: { committee: 'Committee', number: 'Meeting no.', meetingAt: 'Meeting time', location: 'Location', status: 'Status' },
    },
    'association-profiles': {
      name: 'Association profile |||| Association profile',
      fields: {
        nameAr: 'Association name', nameEn: 'Name in English', registrationNumber: 'Ministry registration no.', city: 'City', region: 'Region',
        phone: 'Phone', email: 'Email', website: 'Website', enabledChannels: 'Enabled channels', weekendDays: 'Weekend days',
        workdayStart: 'Workday starts', workdayEnd: 'Workday ends', defaultSlaDays: 'Default request deadline', defaultSlaUnit: 'Deadline unit',
        dueSoonWorkingDays: 'Warn this many working days before', complaintSlaDays: 'Complaint reply deadline',
      },
    },
    channels: {
      name: 'Channel |||| Channels',
      fields: { key: 'Key', nameAr: 'Name', nameEn: 'Name in English', enabled: 'Enabled', sortOrder: 'Order' },
      key_hint: 'Lower-case letters, digits and _; it cannot change once saved',
    },
    'complaint-categories': {
      name: 'Category |||| Complaint categories',
      fields: { key: 'Key', nameAr: 'Name', nameEn: 'Name in English', enabled: 'Enabled', sortOrder: 'Order' },
    },
    branches: { name: 'Branch |||| Branches', fields: { code: 'Code', nameAr: 'Name', city: 'City' } },
    attestations: { name: 'Attestation |||| Attestations', fields: { method: 'Method', statementAr: 'Statement', attestedAt: 'Attested on', request: 'Request', signature: 'Signature' } },
    'request-events': { name: 'Event |||| Request history', fields: { fromStatus: 'From', toStatus: 'To', actorRole: 'By', at: 'Date', note: 'Note' } },
    decisions: {
      name: 'Decision |||| Decisions',
      fields: { outcome: 'Decision', reasonsAr: 'Reasons', decidedAt: 'Decided on', approveCount: 'Approve', rejectCount: 'Reject', abstainCount: 'Abstain' },
    },
    votes: { name: 'Vote |||| Votes', fields: { choice: 'Vote', reason: 'Reason', castAt: 'Date' } },
    'audit-logs': auditEn.resource,
  },
  wasl: {
    app: { title: 'Wasl', subtitle: 'Beneficiary relations', language: 'Language' },
    menu: { work: 'My work', committee: 'Committee: awaiting my vote', configuration: 'Configuration' },
    role: {
      reception_officer: 'Reception officer', social_researcher: 'Social researcher', committee_member: 'Committee member',
      follow_up_committee: 'Follow-up committee', contact_officer: 'Contact officer', manager: 'Manager', association_admin: 'Association admin',
    },
    date: { hijri_suffix: 'AH', none: '—' },
    staff: {
      block: 'Block the account', unblock: 'Unblock the account', blocked: 'Account blocked, its sessions ended', unblocked: 'Account unblocked',
      change_role: 'Change the role', role_changed: 'Role changed, the member\'s sessions ended', send_reset: 'Send a password reset link',
      reset_sent: 'A one-time link was sent to the member\'s e-mail',
    },
    reset_password: {
      title: 'Set a new password', password: 'New password', confirmation: 'Confirm the password', submit: 'Save the password',
      rules: 'At least 12 characters, not containing your username, and not a common password.',
      mismatch: 'The two passwords differ', done: 'Your new password is saved and your earlier sessions are ended. Sign in with it.',
      no_token: 'The link is incomplete: open it as it arrived in the mail, or ask the association admin for a new one.',
    },
    sla: {
      not_started: 'Not started', on_time: 'On time', due_soon: 'Due soon', overdue: 'Overdue', paused: 'Paused',
      met: 'Met', missed: 'Missed', none: 'No deadline',
    },
    beneficiary: {
      duplicate_warning: 'A beneficiary with the same details exists: %{name}', open_duplicate: 'Open record', requests: 'Requests',
      complaints: 'Complaints', attestations: 'Attestations', new_request: 'New service request',
    },
    request: {
      missing: 'Missing before completion', nothing_missing: 'Nothing missing: documents complete and eligibility met', next_steps: 'Next steps',
      no_next_steps: 'No step for your role at this stage', timeline: 'Request history', note: 'Note or reason', move_to: 'Move to: %{status}',
      moved: 'Request moved to: %{status}', attestation: 'Beneficiary attestation', attested: 'The beneficiary has signed the attestation',
      not_attested: 'The beneficiary has not signed the attestation yet', record_attestation: 'Record attestation', attestation_recorded: 'Attestation recorded',
      sign_on_screen: 'Sign on screen', sign_hint: 'The beneficiary signs inside the box with a finger, a stylus or the mouse', sign_clear: 'Clear', sign_save: 'Save signature',
      attestation_statement: 'I declare that all data and documents provided are true, and I bear full responsibility for them',
      research: 'Social research', save_report: 'Save report', report_saved: 'Report saved', decision: 'Committee decision', no_decision: 'No decision yet',
      votes: 'Votes: approve %{approve} • reject %{reject} • abstain %{abstain} (quorum %{quorum})', documents_hint: 'Tick the documents the beneficiary provided',
    },
    committee: {
      pending: 'Items awaiting the committee', vote: 'Vote', vote_title: 'Vote on request %{tracking}', voted: 'Your vote is recorded',
      reason: 'Reason (optional)', decide: 'Record the decision',
    },
    rules: {
      add: 'Add condition', remove: 'Remove condition', type: 'Condition', values: 'Accepted values', min_age: 'Age from', max_age: 'Age to',
      or_legal_resident: 'or a legal resident', none: 'Add conditions from the lists; a service without conditions is open to everyone',
      document_key: 'Document key', document_ar: 'Document name', document_en: 'Name in English', add_document: 'Add document',
    },
    visit: { quick_title: 'Log a visitor', walk_in: 'Walk-in visitor', saved: 'Visit logged' },
    policy: {
      acknowledgements: 'Acknowledgements', acknowledge: 'I have read this policy', acknowledged: 'Acknowledgement recorded',
      signatures: 'Staff acknowledgement status', signatures_summary: '%{signed} of %{total} have signed the current version', signature_status: 'Status',
      signed: 'Signed', not_signed: 'Not signed',
    },
    error: { generic: 'The request could not be completed' },
    files: { attachments: 'Attachments', none: 'No attachments', signature: 'Signature image', unavailable: 'The file could not be shown' },
    complaint: {
      done: 'Done: %{step}',
      steps: { title: 'Next steps', assign: 'Assign', act: 'Log an action', escalate: 'Escalate to management', resolve: 'Resolve', close: 'Close', reopen: 'Reopen' },
    },
    minutes: {
      title: 'Minutes', text: 'Minutes text', save: 'Save minutes', approve: 'I approve the minutes', saved: 'Saved',
      approvals: 'Approved by %{approved} • pending %{pending}', approved: 'Every member has approved the minutes',
    },
    tasks: {
      title: 'Contacting the beneficiary', none: 'No contact tasks', what: 'What to tell', channel: 'Channel', recipient: 'Number', created: 'Created',
      status: 'Status', done: 'Contacted', record_done: 'Record that the beneficiary was contacted', note: 'Note (what was done?)', recorded: 'Recorded as done',
    },
    audit: auditEn.wasl,
    weekday: { 0: 'Sunday', 1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday' },
  },
  enums: {
    status: {
      received: 'Received', incomplete: 'Incomplete', complete: 'Complete', in_research: 'In research', in_committee: 'With the committee', approved: 'Approved',
      rejected: 'Rejected', registered: 'Registered', delivered: 'Delivered', closed: 'Closed', withdrawn: 'Withdrawn',
    },
    gender: { female: 'Female', male: 'Male' },
    socialStatus: { single: 'Single', married: 'Married', divorced: 'Divorced', widowed: 'Widowed' },
    category: {
      family: 'Family', woman: 'Woman', child: 'Child', youth: 'Youth', elderly: 'Elderly', person_with_disability: 'Person with disability', low_income: 'Low income', other: 'Other',
    },
    preferredChannel: { phone: 'Call', sms: 'SMS', whatsapp: 'WhatsApp', email: 'Email', in_person: 'In person', letter: 'Letter' },
    idKind: { citizen: 'National ID', resident: 'Iqama' },
    serviceCategory: {
      counselling: 'Counselling', awareness: 'Awareness', custody_execution: 'Custody rulings', protection: 'Protection', skills: 'Skills programmes', support: 'Support', other: 'Other',
    },
    slaUnit: { working_days: 'Working days', calendar_days: 'Calendar days' },
    referralSource: {
      court: 'Enforcement court', center_1919: 'Reporting centre 1919', police: 'Police', hospital: 'Hospital', school: 'School', self: 'Self-referral', other: 'Other',
    },
    complaintKind: { complaint: 'Complaint', inquiry: 'Inquiry', suggestion: 'Suggestion' },
    complaintStatus: {
      received: 'Received', assigned: 'Assigned', in_progress: 'In progress', awaiting_complainant: 'Awaiting complainant', resolved: 'Resolved', closed: 'Closed', reopened: 'Reopened',
    },
    visitPurpose: {
      inquiry: 'Inquiry', service_request: 'Service request', complaint: 'Complaint', follow_up: 'Follow-up', appointment: 'Appointment', support_service: 'Support service', other: 'Other',
    },
    visitChannel: { walk_in: 'Walk-in', appointment: 'Appointment', branch_representative: 'Branch representative' },
    holidayKind: { eid_al_fitr: 'Eid al-Fitr', eid_al_adha: 'Eid al-Adha', founding_day: 'Founding Day', national_day: 'National Day', other: 'Other' },
    committeeType: { research: 'Research committee', specialized: 'Specialised committee', follow_up: 'Follow-up committee', board: 'Board' },
    voteChoice: { approve: 'Approve', reject: 'Reject', abstain: 'Abstain' },
    outcome: { approved: 'Approved', rejected: 'Rejected', deferred: 'Deferred', settled: 'Settled' },
    actionKind: {
      internal_note: 'Internal note', public_reply: 'Reply to complainant', call_made: 'Phone call', assignment: 'Assignment', escalation: 'Escalation',
      status_change: 'Status change', settlement: 'Settlement',
    },
    taskChannel: { email: 'Email', sms: 'Text message', whatsapp: 'WhatsApp', phone: 'Phone call', letter: 'Letter by post', in_person: 'Tell at the next visit' },
    taskStatus: { staff_task: 'Waiting for staff', done: 'Done' },
    notificationTemplate: {
      request_completed: 'Request complete and its due date', request_in_committee: 'Request sent to the committee', request_decided: "The committee's decision",
      rating_requested: 'Rating request', complaint_acknowledged: 'Complaint received', complaint_replied: 'Reply to the complainant', complaint_escalated: 'Complaint escalated',
    },
    meetingStatus: { scheduled: 'Scheduled', held: 'Held', minutes_pending: 'Minutes pending', minutes_approved: 'Minutes approved', cancelled: 'Cancelled' },
    attestationMethod: { signature_image: 'Signature image', witnessed_checkbox: 'Witnessed declaration' },
    ruleType: {
      nationality: 'Nationality', gender: 'Gender', socialStatus: 'Social status', age: 'Age', interviewPassed: 'Interview passed',
      registeredOnline: 'Registered online', referralSource: 'Referral source', selfReferralPartiesResident: 'Self-referral parties resident',
    },
    auditAction: auditEn.auditAction,
    auditResource: auditEn.auditResource,
    nationality: { SA: 'Saudi Arabia', AE: 'UAE', KW: 'Kuwait', BH: 'Bahrain', QA: 'Qatar', OM: 'Oman', EG: 'Egypt', JO: 'Jordan', YE: 'Yemen', SY: 'Syria', SD: 'Sudan' },
  },
};

// react-admin's pagination asks for these two keys, which ra-language-english does not define.
const ra = { ...englishMessages.ra, navigation: { ...englishMessages.ra.navigation, 'start-ellipsis': '…', 'end-ellipsis': '…' } };

export const englishAppMessages: TranslationMessages = { ...englishMessages, ra, ...enApp };
