/** English messages of one area (notifications). Keys are flat and dotted; notifications.es.ts must have the same keys (typed). */

/** A deadline rule's name; `rule` is the rule code with '-' written as '_' (src/domain/notifications.ts ruleKey). */
const RULE =
  '{rule, select, initial_evaluation {The initial evaluation} initial_iep_meeting {The initial IEP meeting} annual_review {The annual IEP review} reevaluation {The reevaluation} transition_plan {The transition plan} age_of_majority_notice {The age-of-majority notice} part_c_transition {The IEP by the third birthday (Part C transition)} progress_report {The progress report} records_request {The answer to a records request} state_complaint {The state complaint decision} due_process_resolution_meeting {The due process resolution meeting} due_process_decision {The due process decision} mdr {The manifestation determination review} procedural_safeguards_notice {The annual procedural safeguards notice} meeting_notice {The meeting notice} initial_services_consent {The parent’s consent to start services} summary_of_performance {The summary of performance} exit_notice {The prior written notice before leaving special education} exit_evaluation {The evaluation before ending eligibility} discipline_notice {The notice to the parents of a discipline decision} other {A deadline}}';

const KIND =
  '{kind, select, deadline {Deadline reminder} digest {Daily summary} meeting_invitation {Meeting invitation} meeting_response {Answer to a meeting invitation} consent_request {Consent request} consent_answer {Answer to a consent request} family_input {Input from the family} records_request {Records request} meeting_request {Request for a meeting} discipline {Discipline} other {Notification}}';

export const notificationsEn = {
  // Deadline reminders and the daily digest (stored as message ids with values; shown in the reader's language)
  'notifications.deadline.reminder': `${RULE} for {student} is due {days, plural, =0 {today} one {tomorrow} other {in # days}}, on {due, date, long}.`,
  'notifications.deadline.overdue': `${RULE} for {student} is overdue: it was due on {due, date, long}.`,
  'notifications.digest.summary':
    'Your deadlines today: {overdue, plural, =0 {nothing overdue} one {# overdue} other {# overdue}}, {dueThisWeek, plural, =0 {nothing due in the next 7 days} one {# due in the next 7 days} other {# due in the next 7 days}}.',
  'notifications.kind': KIND,

  // The inbox
  'notifications.inbox.title': 'Inbox',
  'notifications.inbox.intro':
    'Reminders of deadlines, meeting invitations, consent requests and answers. Each one links to where you can act on it.',
  'notifications.inbox.unreadCount': '{count, plural, =0 {Everything is read.} one {# unread} other {# unread}}',
  'notifications.inbox.onlyUnread': 'Show only unread',
  'notifications.inbox.markRead': 'Mark as read',
  'notifications.inbox.markAllRead': 'Mark all as read',
  'notifications.inbox.open': 'Open',
  'notifications.inbox.unread': 'Unread',
  'notifications.inbox.received': 'Received {when}',
  'notifications.inbox.empty': 'Nothing here yet. Reminders and invitations will appear here.',
  'notifications.inbox.emptyUnread': 'No unread notifications.',
  'notifications.inbox.loadMore': 'Show older notifications',
  'notifications.inbox.error': 'The inbox could not be loaded.',
  'notifications.inbox.actionError': 'The notification could not be marked as read.',
  'notifications.inbox.unknown': 'A notification this version of OpenIEP cannot show. Open it for details.',
  'notifications.inbox.list': 'Notifications, newest first',
  'notifications.badge.unread': '{count, plural, one {# unread notification} other {# unread notifications}}',

  // Email (plain text)
  'notifications.mail.subject': `${KIND} – OpenIEP`,
  'notifications.mail.greeting': 'Hello {name},',
  'notifications.mail.open': 'Open it in OpenIEP: {url}',
  'notifications.mail.footer':
    'You receive this email because you have an OpenIEP account. Everything in it is also in your inbox: {url}',
  'notifications.mail.generic': 'You have a new notification in OpenIEP.',
  'notifications.mail.digest.subject': 'Your OpenIEP summary for {date, date, long}',
  'notifications.mail.digest.overdueHeading': 'Overdue',
  'notifications.mail.digest.weekHeading': 'Due in the next 7 days',
  'notifications.mail.digest.remindersHeading': 'New reminders',
  'notifications.mail.digest.item': `- {student}: ${RULE}, {days, plural, =0 {due today} one {due tomorrow} other {due in # days}} ({due, date, long})`,
  'notifications.mail.digest.overdueItem': `- {student}: ${RULE}, {days, plural, one {# day late} other {# days late}} (due {due, date, long})`,
  'notifications.mail.digest.more': '…and {count, plural, one {# more} other {# more}} in OpenIEP.',
  'notifications.mail.digest.open': 'See everything that is due: {url}',

  // The mail outbox (district administrator)
  'notifications.outbox.title': 'Mail outbox',
  'notifications.outbox.intro':
    'Every email OpenIEP has sent or is waiting to send for your district, newest first. When no mail server is configured (OPENIEP_SMTP_URL), mail waits here, and you can read what would have been sent. Links to set a password are never shown here: they go only to their owner.',
  'notifications.outbox.caption': 'Email, newest first',
  'notifications.outbox.column.created': 'Written',
  'notifications.outbox.column.to': 'To',
  'notifications.outbox.column.subject': 'Subject',
  'notifications.outbox.column.status': 'Status',
  'notifications.outbox.status.sent': 'Sent {when}',
  'notifications.outbox.status.waiting': 'Waiting to be sent',
  'notifications.outbox.status.failed':
    'Not sent: {attempts, plural, one {# failed attempt} other {# failed attempts}}. Last error: {error}',
  'notifications.outbox.language': 'Written in {language}',
  'notifications.outbox.empty': 'No email has been written yet.',
  'notifications.outbox.error': 'The outbox could not be loaded.',
  'notifications.outbox.notFound': 'Only the district administrator can read the mail outbox.',
  'notifications.outbox.loadMore': 'Show older email',

  // Audit labels
  'audit.notification.outbox.read': 'Read email about the student in the district mail outbox',
} as const satisfies Record<string, string>;
