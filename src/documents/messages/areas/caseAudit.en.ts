/** English labels of the case clock's audit events (the access log shows them). */
export const caseAuditEn = {
  'audit.case.events.read': "Read the case timeline",
  'audit.case.event.record': 'Recorded a case event',
  'audit.case.event.void': 'Voided a case event',
  'audit.case.deadlines.read': 'Read the deadlines',
  'audit.compliance.summary.read': 'Read the compliance summary',
} as const satisfies Record<string, string>;
