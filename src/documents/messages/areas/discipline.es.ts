/** Mensajes en español: disciplina (34 CFR 300.530–300.536). Mismas claves que discipline.en.ts. */
import type { disciplineEn } from './discipline.en';

export const disciplineEs: Record<keyof typeof disciplineEn, string> = {
  // ---- la página ----
  'discipline.title': 'Disciplina',
  'discipline.pageTitle': 'Disciplina – {name}',
  'discipline.back': 'Volver a {name}',
  'discipline.notFound': 'No hay un expediente disciplinario que mostrar',
  'discipline.error': 'No se pudo cargar el expediente disciplinario.',
  'discipline.intro.staff':
    'Separaciones por infringir el código de conducta estudiantil, contadas en días escolares según el calendario de la escuela, como las cuentan las normas 34 CFR 300.530–300.536. Una separación que cambia la ubicación exige avisar a los padres ese mismo día, con el aviso de garantías procesales, y una determinación de manifestación dentro de 10 días escolares.',
  'discipline.intro.family':
    'Cada vez que su hijo o hija fue separado de la clase, la escuela o el autobús por disciplina este año escolar, contado en días escolares. Después de 10 días escolares en un año escolar, su hijo o hija debe seguir recibiendo servicios. Una separación que cambia la ubicación se le debe comunicar el mismo día, y una reunión con usted debe decidir dentro de 10 días escolares si la conducta fue causada por la discapacidad.',
  'discipline.intro.student':
    'Cada vez que te separaron de la clase, la escuela o el autobús por disciplina este año escolar, contado en días escolares. Después de 10 días escolares en un año escolar debes seguir recibiendo servicios. Una separación que cambia tu ubicación se le debe comunicar a tu familia el mismo día, y una reunión debe decidir dentro de 10 días escolares si la conducta fue causada por tu discapacidad.',
  'discipline.schoolYear': 'Año escolar',
  'discipline.recordedBy': 'Registrado por {name}',
  'discipline.card.heading': 'Disciplina',
  'discipline.card.body':
    'Separaciones contadas en días escolares frente al límite de 10, cambios de ubicación, avisos a los padres y determinaciones de manifestación.',
  'discipline.card.open': 'Abrir el expediente disciplinario',

  // ---- el recuento ----
  'discipline.count.heading': 'Días escolares de separación en {year}',
  'discipline.count.ofLimit': 'de {limit} días escolares',
  'discipline.count.meterLabel': 'Días escolares de separación contados en {year}: {total} de {limit}',
  'discipline.count.text':
    '{total, plural, one {# día escolar} other {# días escolares}} de separación contados, de {limit}.',
  'discipline.count.toDate':
    '{toDate, plural, one {# hasta hoy} other {# hasta hoy}}; {ahead, plural, =0 {ninguno por venir} one {# por venir} other {# por venir}}.',
  'discipline.count.services':
    'Más de 10 días escolares: desde el {date} (día 11) se requieren servicios durante cada día de separación (34 CFR 300.530(b)(2), (d)).',
  'discipline.count.warning':
    'Se llegó al día {warningDay} ({left, plural, =0 {se llegó al día 10} one {# día escolar antes del día 10} other {# días escolares antes del día 10}}): antes de otra separación, planifique los servicios desde el día 11 y considere si las separaciones forman un patrón.',
  'discipline.count.under': '{left, plural, one {# día escolar} other {# días escolares}} antes del día 10.',
  'discipline.count.estimated':
    'Algunas fechas quedan fuera del calendario de la escuela: se contaron los días entre semana como días escolares (estimado).',

  // ---- qué hacer ----
  'discipline.next.heading': 'Qué hacer ahora',
  'discipline.next.none': 'No hay nada pendiente.',
  'discipline.next.record_pattern_determination':
    'Hace falta determinar si hay un patrón: la separación desde el {firstDay} lleva el año al día {day}. Determine si la serie de separaciones es un patrón.',
  'discipline.next.notify_parents':
    'Avise a los padres de la decisión del {decidedOn} y entrégueles el aviso de garantías procesales: vence ese mismo día.',
  'discipline.next.notice_given_late':
    'Se avisó a los padres el {notifiedOn}, después de la decisión del {decidedOn}: cumplido con retraso.',
  'discipline.next.hold_mdr':
    'Celebre la determinación de manifestación antes del {due} (decisión de cambiar la ubicación del {decidedOn}).',
  'discipline.next.mdr_held_late':
    'La determinación de manifestación se celebró el {heldOn}, después de su fecha límite: cumplido con retraso.',
  'discipline.next.record_mdr_outcome':
    'El {heldOn} se celebró una reunión de determinación de manifestación: registre las dos preguntas y el resultado.',
  'discipline.next.provide_services':
    'Preste servicios desde el día 11, el {from}: {days, plural, one {# día escolar} other {# días escolares}} de separación los necesitan.',
  'discipline.next.count_warning': '{total} de {limit} días escolares: planifique antes de otra separación.',
  'discipline.next.special_circumstances_over_limit':
    'Un entorno educativo alternativo provisional de {days} días escolares: más de los {limit} que permite 34 CFR 300.530(g).',
  'discipline.next.calendar_estimated':
    'Algunas fechas quedan fuera del calendario escolar; sus días escolares son estimados.',
  'discipline.severity.overdue': 'Vencido',
  'discipline.severity.due': 'Pendiente',
  'discipline.severity.late': 'Cumplido con retraso',
  'discipline.severity.todo': 'Por hacer',
  'discipline.severity.info': 'Nota',
  'discipline.action.pattern': 'Registrar la determinación de patrón',
  'discipline.action.patternAny': 'Registrar una determinación de patrón',
  'discipline.action.notice': 'Registrar el aviso a los padres',
  'discipline.action.mdr': 'Registrar la determinación de manifestación',

  // ---- separaciones ----
  'discipline.removals.heading': 'Separaciones',
  'discipline.removals.none': 'No hay separaciones registradas en este año escolar.',
  'discipline.removals.record': 'Registrar una separación',
  'discipline.type.out_of_school_suspension': 'Suspensión fuera de la escuela',
  'discipline.type.in_school_suspension': 'Suspensión dentro de la escuela',
  'discipline.type.bus_suspension': 'Suspensión del autobús',
  'discipline.type.expulsion': 'Expulsión',
  'discipline.type.interim_alternative_setting':
    'Entorno educativo alternativo provisional (arma, drogas, lesión corporal grave)',
  'discipline.special.weapon': 'Un arma en la escuela, en sus instalaciones o en una actividad escolar',
  'discipline.special.drugs': 'Drogas ilegales, o vender u ofrecer una sustancia controlada',
  'discipline.special.serious_bodily_injury': 'Lesión corporal grave causada a otra persona',
  'discipline.removal.days': 'Días escolares',
  'discipline.removal.daysValue': '{days, plural, one {# día escolar} other {# días escolares}}',
  'discipline.removal.returned':
    '{removed, plural, one {# día} other {# días}} de separación: de vuelta en la ubicación el {date}',
  'discipline.removal.counts': 'Cuenta para los 10 días',
  'discipline.removal.day': 'día {n} del año',
  'discipline.removal.dayRange': 'días {first}–{last} del año',
  'discipline.removal.services': 'Servicios requeridos',
  'discipline.removal.servicesValue':
    'desde el {date} ({days, plural, one {# día escolar} other {# días escolares}}), los decide',
  'discipline.servicesBy.school_personnel_with_teacher':
    'el personal escolar con al menos uno de los maestros del estudiante (34 CFR 300.530(d)(4)).',
  'discipline.servicesBy.iep_team': 'el equipo del IEP (34 CFR 300.530(d)(5)).',
  'discipline.removal.decidedOn': 'Decidida el',
  'discipline.removal.specialCircumstance': 'Circunstancia especial (34 CFR 300.530(g))',
  'discipline.removal.finding': 'Observación',
  'discipline.removal.overLimit': 'Más larga que los 45 días escolares que permite 34 CFR 300.530(g).',
  'discipline.removal.changeOfPlacement': 'Cambio de ubicación',
  'discipline.removal.behavior': 'Conducta',
  'discipline.reason.out_of_school_suspension': 'una suspensión fuera de la escuela es una separación.',
  'discipline.reason.legacy_read_as_suspension':
    'registrada antes de que las separaciones tuvieran tipo; se lee como suspensión fuera de la escuela.',
  'discipline.reason.in_school_not_afforded':
    'no se le dieron al estudiante las tres oportunidades: progresar en el plan de estudios general, recibir los servicios del IEP y estar con compañeros sin discapacidad (71 Fed. Reg. 46715).',
  'discipline.reason.in_school_afforded':
    'el estudiante siguió progresando en el plan de estudios general, recibiendo los servicios del IEP y estando con compañeros sin discapacidad (71 Fed. Reg. 46715).',
  'discipline.reason.bus_transport_in_iep':
    'el transporte figura en el IEP y no se ofreció otro transporte (71 Fed. Reg. 46715).',
  'discipline.reason.bus_not_in_iep':
    'el transporte no figura en el IEP: la familia lleva al estudiante a la escuela, como con cualquier estudiante.',
  'discipline.reason.bus_other_transport': 'la escuela ofreció otro transporte.',
  'discipline.reason.expulsion': 'una expulsión es una separación y un cambio de ubicación.',
  'discipline.reason.special_circumstances':
    'un entorno según 34 CFR 300.530(g) es una separación y un cambio de ubicación.',
  'discipline.void': 'Anular',
  'discipline.void.title': 'Anular: {what}',
  'discipline.void.reason': '¿Por qué se anula?',
  'discipline.void.hint': 'No se borra nada: el registro sigue visible, tachado, con su motivo.',
  'discipline.voided.heading': 'Registros anulados',
  'discipline.voided.by': 'anulado por {name}: {reason}',

  // ---- cambios de ubicación ----
  'discipline.decisions.heading': 'Cambios de ubicación',
  'discipline.decisions.none':
    'No hay cambio de ubicación este año escolar, así que no vence ninguna determinación de manifestación.',
  'discipline.basis.consecutive':
    'Más de 10 días escolares consecutivos de separación (las separaciones seguidas cuentan juntas).',
  'discipline.basis.expulsion': 'Una expulsión.',
  'discipline.basis.special_circumstances':
    'Una separación a un entorno educativo alternativo provisional por un arma, drogas o una lesión corporal grave.',
  'discipline.basis.pattern': 'Una serie de separaciones que el distrito determinó que es un patrón.',
  'discipline.decision.title': 'Decisión del {date}',
  'discipline.decision.notice': 'Padres avisados, con el aviso de garantías (34 CFR 300.530(h))',
  'discipline.decision.noticeValue': 'vence el {due}; avisados el {date} ({method}).',
  'discipline.decision.noticeMissing': 'vence el {due}; no registrado.',
  'discipline.decision.noticeWithoutSafeguards': 'Se les informó el {date} sin el aviso de garantías procesales.',
  'discipline.decision.mdr': 'Determinación de manifestación (34 CFR 300.530(e))',
  'discipline.decision.mdrDue': 'vence el {due}.',
  'discipline.decision.mdrHeld': 'vence el {due}; celebrada el {date}.',
  'discipline.method.in_person': 'en persona',
  'discipline.method.phone': 'por teléfono',
  'discipline.method.letter': 'por carta',
  'discipline.method.email': 'por correo electrónico',
  'discipline.method.portal': 'en el portal para familias',
  'discipline.mdr.q1':
    '¿Fue la conducta causada por la discapacidad del niño, o tuvo una relación directa y sustancial con ella?',
  'discipline.mdr.q2': '¿Fue la conducta el resultado directo de que el distrito no aplicara el IEP?',
  'discipline.mdr.outcome': 'Resultado',
  'discipline.mdr.manifestation': 'La conducta fue una manifestación de la discapacidad.',
  'discipline.mdr.notManifestation': 'La conducta no fue una manifestación de la discapacidad.',
  'discipline.mdr.notRecorded': 'No registrado',
  'discipline.mdr.services': 'Servicios durante la separación',
  'discipline.mdr.participants': 'Quiénes participaron',
  'discipline.mdr.returnedOn': 'de vuelta en la ubicación el {date}',
  'discipline.consequence.fba_bip':
    'Una evaluación funcional de la conducta y un plan de intervención conductual, o una revisión del plan que ya tiene (34 CFR 300.530(f)(1)).',
  'discipline.consequence.return_to_placement':
    'El niño vuelve a la ubicación de la que fue separado, salvo que los padres y el distrito acuerden otra cosa (34 CFR 300.530(f)(2)).',
  'discipline.consequence.special_circumstances_setting_continues':
    'El entorno educativo alternativo provisional continúa, hasta 45 días escolares (34 CFR 300.530(g)).',
  'discipline.consequence.discipline_proceeds_with_services':
    'La medida disciplinaria sigue como para los niños sin discapacidad, con servicios durante la separación (34 CFR 300.530(c), (d)).',
  'discipline.consequence.remedy_deficiencies':
    'El distrito toma medidas inmediatas para corregir que no aplicó el IEP (34 CFR 300.530(e)(3)).',
  'discipline.behaviorPlan.fba_and_bip':
    'Hacer una evaluación funcional de la conducta y aplicar un plan de intervención conductual',
  'discipline.behaviorPlan.review_bip':
    'Revisar el plan de intervención conductual que ya tiene y cambiarlo si hace falta',
  'discipline.placement.return': 'Volver a la ubicación de la que fue separado',
  'discipline.placement.agreed_change': 'Un cambio de ubicación acordado por los padres y el distrito',
  'discipline.placement.special_circumstances_setting':
    'Seguir en el entorno alternativo provisional (34 CFR 300.530(g))',

  // ---- determinaciones de patrón ----
  'discipline.determinations.heading': 'Determinaciones de patrón',
  'discipline.determination.title': 'Determinado el {date} por {who}',
  'discipline.determination.pattern':
    'Las separaciones forman un patrón: un cambio de ubicación (34 CFR 300.536(a)(2)).',
  'discipline.determination.noPattern': 'Las separaciones no forman un patrón.',
  'discipline.determination.removals': 'Separaciones consideradas',
  'discipline.determination.removalsValue': '{count, plural, one {# separación} other {# separaciones}}',

  // ---- formularios ----
  'discipline.form.save': 'Guardar',
  'discipline.form.saving': 'Guardando…',
  'discipline.form.cancel': 'Cancelar',
  'discipline.form.choose': 'Elija…',
  'discipline.form.note': 'Nota (opcional)',
  'discipline.form.error.fix': 'Revise los campos marcados abajo.',
  'discipline.form.error.required': 'Obligatorio.',
  'discipline.form.error.invalid': 'No es válido: revise este campo.',
  'discipline.form.error.schoolDays': 'Un número entero de días escolares, 1 o más.',
  'discipline.form.error.notAllowed': 'No puede registrar esto para este estudiante.',
  'discipline.saved.removal': 'La separación quedó registrada.',
  'discipline.saved.pattern': 'La determinación de patrón quedó registrada.',
  'discipline.saved.notice': 'El aviso a los padres quedó registrado.',
  'discipline.saved.mdr': 'La determinación de manifestación quedó registrada.',
  'discipline.saved.void': 'El registro quedó anulado.',
  'discipline.form.removal.title': 'Registrar una separación',
  'discipline.form.removal.type': 'Tipo de separación',
  'discipline.form.removal.typeHint':
    'Que una suspensión dentro de la escuela o del autobús cuente depende de los datos que se piden a continuación.',
  'discipline.form.removal.firstDay': 'Primer día',
  'discipline.form.removal.decidedOn': 'Decidida el (opcional)',
  'discipline.form.removal.decidedOnHint':
    'El día en que la escuela decidió la separación; si se deja vacío, su primer día.',
  'discipline.form.removal.length': 'Duración',
  'discipline.form.removal.byDays': 'Un número de días escolares',
  'discipline.form.removal.byDate': 'Hasta un último día',
  'discipline.form.removal.lengthHint':
    'Días escolares completos, incluidos el primero y el último; un día en que el estudiante fue separado durante parte del día cuenta como un día.',
  'discipline.form.removal.schoolDays': 'Número de días escolares',
  'discipline.form.removal.lastDay': 'Último día',
  'discipline.form.removal.behavior': 'Qué ocurrió (la conducta)',
  'discipline.form.removal.behaviorHint':
    'Una determinación de patrón posterior compara la conducta de cada incidente.',
  'discipline.form.removal.withNotice':
    'Se avisó a los padres de esta decisión y se les entregó el aviso de garantías procesales (registrarlo ahora)',
  'discipline.form.iss.legend': 'Durante la suspensión dentro de la escuela, el estudiante tuvo la oportunidad de:',
  'discipline.form.iss.hint':
    'Deje sin marcar lo que no se le dio: entonces los días cuentan como separación (71 Fed. Reg. 46715).',
  'discipline.form.iss.generalCurriculum': 'seguir progresando adecuadamente en el plan de estudios general',
  'discipline.form.iss.iepServices': 'seguir recibiendo los servicios del IEP',
  'discipline.form.iss.nondisabledPeers':
    'seguir participando con compañeros sin discapacidad como en su ubicación actual',
  'discipline.form.bus.inIep': '¿Figura el transporte como servicio relacionado en el IEP?',
  'discipline.form.bus.hint':
    'Una suspensión del autobús cuenta solo si el transporte figura en el IEP y no se ofrece otro transporte (71 Fed. Reg. 46715).',
  'discipline.form.bus.other': '¿Ofreció la escuela otro transporte durante la suspensión?',
  'discipline.form.special': 'Circunstancia especial (34 CFR 300.530(g))',
  'discipline.form.specialHint':
    'El personal escolar puede separar al estudiante hasta 45 días escolares, sea o no la conducta una manifestación; sigue siendo un cambio de ubicación.',
  'discipline.form.notice.title': 'Registrar el aviso a los padres',
  'discipline.form.notice.legend': 'El aviso a los padres (34 CFR 300.530(h))',
  'discipline.form.notice.notifiedOn': 'Avisados el',
  'discipline.form.notice.notifiedOnHint':
    'Vence el día de la decisión; un día posterior se registra como cumplido con retraso.',
  'discipline.form.notice.method': 'Cómo',
  'discipline.form.notice.safeguards': 'Se entregó con él el aviso de garantías procesales',
  'discipline.form.pattern.title': '¿Forma esta serie de separaciones un patrón?',
  'discipline.form.pattern.intro':
    'El distrito lo decide caso por caso (34 CFR 300.536(b)(1)). Un patrón exige separaciones que sumen más de 10 días escolares en el año, una conducta sustancialmente similar a la de los incidentes anteriores y los demás factores: la duración de cada separación, el tiempo total separado y lo cerca que estuvieron unas de otras. Un patrón es un cambio de ubicación.',
  'discipline.form.pattern.decidedOn': 'Determinado el',
  'discipline.form.pattern.removals': 'Separaciones consideradas',
  'discipline.form.pattern.removalOption':
    '{type}, {dates} ({days, plural, one {# día escolar} other {# días escolares}})',
  'discipline.form.pattern.similar': '¿Es la conducta sustancialmente similar a la de los incidentes anteriores?',
  'discipline.form.pattern.similarHint': '34 CFR 300.536(a)(2)(ii)',
  'discipline.form.pattern.length': 'Duración de cada separación',
  'discipline.form.pattern.total': 'Tiempo total separado',
  'discipline.form.pattern.proximity': 'Qué tan cerca estuvieron las separaciones',
  'discipline.form.pattern.lengthDraft': 'Días escolares de cada separación: {lengths}.',
  'discipline.form.pattern.totalDraft':
    '{total, plural, one {# día escolar} other {# días escolares}} contados en las separaciones consideradas.',
  'discipline.form.pattern.proximityDraft': 'Del {first} al {last}.',
  'discipline.form.pattern.determinedBy': 'Determinado por',
  'discipline.form.pattern.determinedByHint': 'Nombres y funciones de quienes decidieron.',
  'discipline.form.pattern.isPattern': '¿Forman las separaciones un patrón (un cambio de ubicación)?',
  'discipline.form.pattern.isPatternHint':
    'Sí inicia hoy el plazo de la determinación de manifestación y exige avisar hoy a los padres.',
  'discipline.form.mdr.title': 'Registrar la determinación de manifestación',
  'discipline.form.mdr.heldOn': 'Celebrada el',
  'discipline.form.mdr.thenManifestation': 'Lo que sigue se registra abajo.',
  'discipline.form.mdr.thenNot':
    'La medida disciplinaria sigue como para los niños sin discapacidad, con servicios (34 CFR 300.530(c), (d)).',
  'discipline.form.mdr.behaviorPlan': 'Plan de conducta (34 CFR 300.530(f)(1))',
  'discipline.form.mdr.placement': 'Ubicación (34 CFR 300.530(f)(2))',
  'discipline.form.mdr.returnedOn': 'De vuelta en la ubicación el (opcional)',
  'discipline.form.mdr.returnedOnHint': 'Los días de separación terminan el día anterior.',
  'discipline.form.mdr.remedySteps': 'Medidas para corregir que no se aplicó el IEP',
  'discipline.form.mdr.remedyHint': 'Obligatorio: el distrito toma medidas inmediatas (34 CFR 300.530(e)(3)).',
  'discipline.form.mdr.services': 'Servicios durante la separación (opcional)',
  'discipline.form.mdr.servicesHint':
    'Los decide el equipo del IEP, para que el niño siga participando en el plan de estudios general y avanzando hacia las metas del IEP (34 CFR 300.530(d)(1), (d)(5)).',
  'discipline.form.mdr.servicesHintManifestation': 'Cualquier otra cosa que el equipo decidió (opcional).',
  'discipline.form.mdr.participants': 'Quiénes participaron (opcional)',
  'discipline.form.mdr.participantsHint':
    'El distrito, los padres y los miembros pertinentes del equipo del IEP (34 CFR 300.530(e)(1)).',

  // ---- avisos en la aplicación para el coordinador del caso ----
  'discipline.notify.warning':
    '{student} tiene {days, plural, one {# día escolar} other {# días escolares}} de separación en el año escolar {year}. Desde el día 11 se requieren servicios, y otra separación puede ser un patrón: planifique ahora con el equipo.',
  'discipline.notify.pastTen':
    '{student} ha superado los 10 días escolares de separación en el año escolar {year} ({days} días). Se requieren servicios desde el {from, date, long}; determine si las separaciones forman un patrón.',
};
