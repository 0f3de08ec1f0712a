/** Los mensajes en español de un área (lifecycle): las mismas claves que lifecycle.en.ts. */
import type { lifecycleEn } from './lifecycle.en';

export const lifecycleEs: Record<keyof typeof lifecycleEn, string> = {
  'audit.plan.await_consent': 'Finalizó un primer IEP que espera el consentimiento para los servicios',
  'audit.plan.in_effect': 'El IEP entró en vigor con el consentimiento de la familia',
  'audit.plan.consent_refused': 'La familia rechazó el consentimiento para comenzar los servicios',
  'audit.plan.restore': 'Restableció un plan terminado por una salida anulada',
  'audit.case.exit': 'Registró la salida de la educación especial',
  'audit.sop.create': 'Comenzó un resumen de desempeño',
  'audit.sop.update': 'Guardó un resumen de desempeño',
  'audit.sop.provide': 'Entregó un resumen de desempeño',
  'audit.sop.read': 'Leyó los resúmenes de desempeño',
  'audit.sop.print': 'Imprimió un resumen de desempeño',
  'case.event.kind.resolution_meeting_scheduled': 'Sesión de resolución programada',
  'case.event.kind.hearing_scheduled': 'Audiencia de debido proceso programada',
  'case.details.scheduledFor': 'Para el {value}',
  'case.details.filedBy.parent': 'Presentada por la familia',
  'case.details.filedBy.district': 'Presentada por el distrito',
  'case.details.overridesConsent': 'Para anular un rechazo de consentimiento: {value}',
  'case.record.scheduledFor': 'Programada para',
  'case.record.filedBy': 'Presentada por',
  'case.record.filedBy.parent': 'La familia',
  'case.record.filedBy.district': 'El distrito',
  'case.record.overridesConsent': 'El distrito pide a la audiencia anular un rechazo de consentimiento para (opcional)',
  'plan.status.awaiting_consent': 'En espera de consentimiento',
  'plan.status.consent_refused': 'Consentimiento rechazado',
  'document.status.awaiting_consent':
    'Todavía no está en vigor: se espera el consentimiento por escrito del padre o la madre para la prestación inicial de servicios (34 CFR 300.300(b)).',
  'document.status.consent_refused':
    'No está en vigor: el padre o la madre rechazó el consentimiento para la prestación inicial de servicios (34 CFR 300.300(b)(3)).',
  'deadline.rule.initial-services-consent': 'Consentimiento de la familia para comenzar los servicios',
  'deadline.rule.summary-of-performance': 'Resumen de desempeño al salir',
  'deadline.rule.exit-notice': 'Aviso previo por escrito antes de dejar la educación especial',
  'deadline.rule.exit-evaluation': 'Evaluación antes de terminar la elegibilidad',
  'deadline.explain.initial-services-consent':
    'El IEP entra en vigor cuando usted da su consentimiento por escrito para que comiencen los servicios. Hasta entonces no se presta nada de lo que contiene.',
  'deadline.explain.summary-of-performance':
    'Cuando un estudiante se gradúa con un diploma regular o supera la edad límite, la escuela entrega un resumen de sus logros y recomendaciones para sus metas después de la escuela.',
  'deadline.explain.exit-notice':
    'La escuela debe informarle por escrito, antes de que ocurra, que la educación especial terminará y por qué.',
  'deadline.explain.exit-evaluation':
    'Antes de decidir que un niño ya no necesita educación especial, la escuela lo vuelve a evaluar.',
  'case.delay.awaiting_parent_consent':
    'En espera del consentimiento de la familia para comenzar los servicios (la escuela no es responsable)',
  'due.action.openSection.consents': 'Abrir los consentimientos',
  'due.action.openSection.notices': 'Abrir los avisos previos por escrito',
  'due.action.openSection.exit': 'Abrir el resumen de salida',
  'plan.meta.inEffectFrom': 'En vigor desde',
  'plan.awaiting.title': 'Todavía no está en vigor',
  'plan.awaiting.body':
    'Este es el primer IEP del estudiante. Entra en vigor cuando se registre el consentimiento por escrito del padre o la madre para la prestación inicial de educación especial y servicios relacionados (34 CFR 300.300(b)(1)), firmado en el portal de la familia o registrado a partir del formulario en papel firmado. Hasta entonces no se presta nada de lo que contiene y no se cuenta como atendido.',
  'plan.awaiting.link': 'Ir a la solicitud de consentimiento',
  'plan.refused.title': 'No está en vigor: consentimiento rechazado',
  'plan.refused.body':
    'El padre o la madre rechazó el consentimiento para la prestación inicial de servicios el {date}. El distrito no puede usar la mediación ni el debido proceso para anular el rechazo (34 CFR 300.300(b)(3)(i)) y no incumple la obligación de ofrecer una educación pública gratuita y apropiada (300.300(b)(3)(ii)). Se preparó un borrador de aviso previo por escrito sobre el rechazo para que el coordinador del caso lo complete y lo emita.',
  'plan.finalize.awaitingConsent':
    'Finalizado. Entra en vigor cuando se registre el consentimiento de la familia para comenzar los servicios.',
  'consent.refused.noOverride':
    'El distrito no puede usar la mediación ni el debido proceso para anular este rechazo (34 CFR 300.300(b)(3)(i)).',
  'consent.initialServices.description':
    'La prestación inicial de la educación especial y los servicios relacionados del IEP de su hijo o hija (reunión del IEP del {date}).',
  'notices.subject.initial_services': 'la prestación inicial de educación especial y servicios relacionados',
  'notices.subject.graduation':
    'la graduación con un diploma regular de escuela secundaria (el fin de la educación especial)',
  'notices.default.initialServicesRefused':
    'El distrito no prestará la educación especial ni los servicios relacionados del IEP de su hijo o hija, porque usted rechazó (o no dio) su consentimiento por escrito para su prestación inicial.',
  'notices.default.initialServicesRefusedReasons':
    'La educación especial y los servicios relacionados solo pueden prestarse por primera vez con el consentimiento por escrito del padre o la madre. El distrito no puede usar la mediación ni una audiencia de debido proceso para anular su decisión ({noOverride}) y no está obligado a prestar los servicios para los que usted no dio su consentimiento ({notInViolation}). Puede pedir los servicios en cualquier momento.',
  'plan.end.exitReason': 'El estudiante deja la educación especial: motivo de salida',
  'plan.end.exitHint':
    'Terminar el IEP registra la salida del estudiante con este motivo (el informe federal de salidas la cuenta). Su último día en educación especial es ayer.',
  'exit.heading': 'Salida de la educación especial',
  'exit.none': 'El estudiante no ha dejado la educación especial.',
  'exit.recorded': 'Dejó la educación especial el {date}: {reason}.',
  'exit.needs': 'Lo que requiere esta salida',
  'exit.need.summary_of_performance': 'Resumen de desempeño (34 CFR 300.305(e)(3))',
  'exit.need.prior_written_notice': 'Aviso previo por escrito (34 CFR 300.503)',
  'exit.need.evaluation': 'Una evaluación antes de terminar la elegibilidad (34 CFR 300.305(e)(1))',
  'exit.endsPlans':
    'Registrar la salida termina el IEP vigente al día siguiente de la fecha de salida y detiene los plazos del caso; el estudiante deja de contarse en todo recuento con fecha posterior.',
  'sop.heading': 'Resumen de desempeño',
  'sop.intro':
    'Para un estudiante que se gradúa con un diploma regular o supera la edad límite: un resumen de sus logros académicos y su desempeño funcional, con recomendaciones para ayudarle a alcanzar sus metas postsecundarias (34 CFR 300.305(e)(3)).',
  'sop.none': 'Todavía no hay un resumen de desempeño.',
  'sop.new': 'Escribir un resumen de desempeño',
  'sop.field.academicAchievement': 'Logros académicos',
  'sop.field.functionalPerformance': 'Desempeño funcional',
  'sop.field.postsecondaryGoals': 'Metas postsecundarias',
  'sop.field.recommendations': 'Recomendaciones para alcanzar las metas postsecundarias',
  'sop.field.studentPerspective': 'La opinión del propio estudiante (opcional)',
  'sop.field.language': 'Idioma del documento',
  'sop.save': 'Guardar',
  'sop.unsaved': 'Todavía no se ha guardado…',
  'sop.notSaved':
    'No se guardó: falló la conexión. Su texto se conserva en este navegador; se guarda de nuevo cuando escriba o pulse Guardar.',
  'sop.saved': 'Guardado.',
  'sop.provide': 'Entregar al estudiante',
  'sop.provided': 'Entregado el {date} por {name}.',
  'sop.draft': 'Borrador',
  'sop.pdf': 'Resumen de desempeño (PDF, {language})',
  'sop.missing': 'Complete: {fields}.',
  'sop.stale': 'Otra persona cambió este resumen. Vuelva a cargar para ver su versión antes de guardar.',
  'document.sop.title': 'Resumen de Desempeño',
  'document.sop.subject': 'Resumen de logros académicos y desempeño funcional (34 CFR 300.305(e)(3))',
  'document.sop.student': 'Estudiante',
  'document.sop.dateOfBirth': 'Fecha de nacimiento',
  'document.sop.provided': 'Entregado el {date}',
  'document.sop.draft': 'Borrador: todavía no se ha entregado al estudiante.',
  'plan.withdraw.button.draft': 'Retirar este borrador',
  'plan.withdraw.button.proposed': 'Retirar esta propuesta',
  'plan.withdraw.legend': '¿Por qué se retira?',
  'plan.withdraw.hint':
    'El plan queda en el expediente, sin entrar nunca en vigor. Después se puede comenzar un nuevo plan de este tipo.',
  'plan.withdraw.submit': 'Retirar',
  'plan.withdraw.pending': 'Retirando…',
  'plan.withdraw.cancel': 'Cancelar',
  'plan.withdraw.error': 'No se pudo retirar el plan.',
  'plan.withdraw.stale':
    'Alguien cambió este plan después de que usted lo abrió. Vuelva a cargar la página, revise el cambio e inténtelo de nuevo.',
  'plan.withdrawn.title': 'Retirado: este plan nunca estuvo en vigor',
  'plan.withdrawn.body': 'Retirado el {date} por {name}. Motivo: {reason}',
  'plans.start.error.open':
    'Este estudiante ya tiene un {type} abierto (un borrador o una propuesta). Termínelo o retírelo antes de comenzar otro.',
  'plans.start.openLink': 'Abrir el plan ya comenzado',
  'plan.finalize.replaced':
    'El plan del que partió este borrador ya no es el que está en vigor, así que finalizarlo podría deshacer el trabajo de otra persona. Retire este borrador y comience de nuevo a partir del plan en vigor.',
  'plan.finalize.stale':
    'Alguien cambió este plan después de que usted lo abrió, así que no se finalizó. Vuelva a cargar la página, revise el cambio e inténtelo de nuevo.',
  'plan.finalize.currentLink': 'Abrir el plan en vigor',
};
