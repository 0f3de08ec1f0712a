/** Los mensajes en español de un área (notifications): las mismas claves que notifications.en.ts. */
import type { notificationsEn } from './notifications.en';

/** El nombre de una regla de plazo; `rule` es el código de la regla con '_' en lugar de '-'. */
const RULE =
  '{rule, select, initial_evaluation {La evaluación inicial} initial_iep_meeting {La reunión inicial del IEP} annual_review {La revisión anual del IEP} reevaluation {La reevaluación} transition_plan {El plan de transición} age_of_majority_notice {El aviso de la mayoría de edad} part_c_transition {El IEP antes del tercer cumpleaños (transición de la Parte C)} progress_report {El informe de progreso} records_request {La respuesta a una solicitud de expedientes} state_complaint {La decisión sobre la queja estatal} due_process_resolution_meeting {La reunión de resolución del debido proceso} due_process_decision {La decisión del debido proceso} mdr {La revisión de determinación de manifestación} procedural_safeguards_notice {El aviso anual de garantías procesales} meeting_notice {El aviso de la reunión} initial_services_consent {El consentimiento de la familia para comenzar los servicios} summary_of_performance {El resumen de desempeño} exit_notice {El aviso previo por escrito antes de dejar la educación especial} exit_evaluation {La evaluación antes de terminar la elegibilidad} discipline_notice {El aviso a los padres de una decisión disciplinaria} other {Un plazo}}';

const KIND =
  '{kind, select, deadline {Recordatorio de plazo} digest {Resumen del día} meeting_invitation {Invitación a una reunión} meeting_response {Respuesta a una invitación} consent_request {Solicitud de consentimiento} consent_answer {Respuesta a una solicitud de consentimiento} family_input {Aportes de la familia} records_request {Solicitud de expedientes} meeting_request {Solicitud de una reunión} discipline {Disciplina} other {Notificación}}';

export const notificationsEs: Record<keyof typeof notificationsEn, string> = {
  'notifications.deadline.reminder': `${RULE} de {student} vence {days, plural, =0 {hoy} one {mañana} other {en # días}}, el {due, date, long}.`,
  'notifications.deadline.overdue': `${RULE} de {student}: el plazo venció el {due, date, long}.`,
  'notifications.digest.summary':
    'Sus plazos de hoy: {overdue, plural, =0 {nada vencido} one {# vencido} other {# vencidos}}, {dueThisWeek, plural, =0 {nada vence en los próximos 7 días} one {# vence en los próximos 7 días} other {# vencen en los próximos 7 días}}.',
  'notifications.kind': KIND,

  'notifications.inbox.title': 'Bandeja de entrada',
  'notifications.inbox.intro':
    'Recordatorios de plazos, invitaciones a reuniones, solicitudes de consentimiento y sus respuestas. Cada aviso lleva al lugar donde puede ocuparse de él.',
  'notifications.inbox.unreadCount': '{count, plural, =0 {Todo está leído.} one {# sin leer} other {# sin leer}}',
  'notifications.inbox.onlyUnread': 'Mostrar solo los no leídos',
  'notifications.inbox.markRead': 'Marcar como leído',
  'notifications.inbox.markAllRead': 'Marcar todo como leído',
  'notifications.inbox.open': 'Abrir',
  'notifications.inbox.unread': 'Sin leer',
  'notifications.inbox.received': 'Recibido {when}',
  'notifications.inbox.empty': 'Aún no hay nada aquí. Los recordatorios y las invitaciones aparecerán en esta página.',
  'notifications.inbox.emptyUnread': 'No hay avisos sin leer.',
  'notifications.inbox.loadMore': 'Mostrar avisos anteriores',
  'notifications.inbox.error': 'No se pudo cargar la bandeja de entrada.',
  'notifications.inbox.actionError': 'No se pudo marcar el aviso como leído.',
  'notifications.inbox.unknown': 'Un aviso que esta versión de OpenIEP no puede mostrar. Ábralo para ver los detalles.',
  'notifications.inbox.list': 'Avisos, del más reciente al más antiguo',
  'notifications.badge.unread': '{count, plural, one {# aviso sin leer} other {# avisos sin leer}}',

  'notifications.mail.subject': `${KIND} – OpenIEP`,
  'notifications.mail.greeting': 'Hola, {name}:',
  'notifications.mail.open': 'Ábralo en OpenIEP: {url}',
  'notifications.mail.footer':
    'Recibe este correo porque tiene una cuenta en OpenIEP. Todo lo que contiene está también en su bandeja de entrada: {url}',
  'notifications.mail.generic': 'Tiene un aviso nuevo en OpenIEP.',
  'notifications.mail.digest.subject': 'Su resumen de OpenIEP del {date, date, long}',
  'notifications.mail.digest.overdueHeading': 'Vencidos',
  'notifications.mail.digest.weekHeading': 'Vencen en los próximos 7 días',
  'notifications.mail.digest.remindersHeading': 'Recordatorios nuevos',
  'notifications.mail.digest.item': `- {student}: ${RULE}, {days, plural, =0 {vence hoy} one {vence mañana} other {vence en # días}} ({due, date, long})`,
  'notifications.mail.digest.overdueItem': `- {student}: ${RULE}, {days, plural, one {# día de retraso} other {# días de retraso}} (vencía el {due, date, long})`,
  'notifications.mail.digest.more': '…y {count, plural, one {# más} other {# más}} en OpenIEP.',
  'notifications.mail.digest.open': 'Vea todo lo que vence: {url}',

  'notifications.outbox.title': 'Correo saliente',
  'notifications.outbox.intro':
    'Todos los correos que OpenIEP ha enviado o tiene pendientes de enviar para su distrito, del más reciente al más antiguo. Si no hay un servidor de correo configurado (OPENIEP_SMTP_URL), el correo espera aquí y usted puede leer lo que se habría enviado. Los enlaces para establecer una contraseña nunca se muestran aquí: van solo a su dueño.',
  'notifications.outbox.caption': 'Correos, del más reciente al más antiguo',
  'notifications.outbox.column.created': 'Escrito',
  'notifications.outbox.column.to': 'Para',
  'notifications.outbox.column.subject': 'Asunto',
  'notifications.outbox.column.status': 'Estado',
  'notifications.outbox.status.sent': 'Enviado {when}',
  'notifications.outbox.status.waiting': 'Pendiente de envío',
  'notifications.outbox.status.failed':
    'No enviado: {attempts, plural, one {# intento fallido} other {# intentos fallidos}}. Último error: {error}',
  'notifications.outbox.language': 'Escrito en {language}',
  'notifications.outbox.empty': 'Todavía no se ha escrito ningún correo.',
  'notifications.outbox.error': 'No se pudo cargar el correo saliente.',
  'notifications.outbox.notFound': 'Solo la administración del distrito puede leer el correo saliente.',
  'notifications.outbox.loadMore': 'Mostrar correos anteriores',

  'audit.notification.outbox.read': 'Leyó correos sobre el estudiante en el correo saliente del distrito',
};
