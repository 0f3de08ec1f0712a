/** English labels of the case clock's audit events (the access log shows them). */
export const caseAuditEn = {
  'audit.case.events.read': 'Read the case timeline',
  'audit.case.event.record': 'Recorded a case event',
  'audit.case.event.void': 'Voided a case event',
  'audit.case.deadlines.read': 'Read the deadlines',
  'audit.compliance.summary.read': 'Read the compliance summary',
  'audit.discipline.read': 'Read the discipline record',
  'audit.discipline.removal.record': 'Recorded a disciplinary removal',
  'audit.discipline.placement_decision.record': 'Recorded whether removals are a pattern',
  'audit.discipline.notice.record': 'Recorded the notice to the parents of a discipline decision',
  'audit.discipline.mdr.record': 'Recorded a manifestation determination',
  'audit.discipline.void': 'Voided a discipline record',
} as const satisfies Record<string, string>;
