/** Los mensajes en español de un área (consents): las mismas claves que consents.en.ts. */
import type { consentsEn } from './consents.en';

export const consentsEs: Record<keyof typeof consentsEn, string> = {
  // ---- audit labels ----
  'audit.consent.list': 'Consultó los consentimientos y avisos',
  'audit.consent.read': 'Abrió un consentimiento',
  'audit.consent.request': 'Pidió el consentimiento de los padres',
  'audit.consent.answer': 'Respondió a una solicitud de consentimiento',
  'audit.consent.revoke': 'Revocó un consentimiento por escrito',
  'audit.consent.print': 'Imprimió un formulario de consentimiento',
  'audit.consent.read_denied': 'Pidió un consentimiento que no puede ver',
  'audit.notice.read': 'Abrió un aviso previo por escrito',
  'audit.notice.create': 'Comenzó un aviso previo por escrito',
  'audit.notice.update': 'Guardó el borrador de un aviso previo por escrito',
  'audit.notice.issue': 'Emitió un aviso previo por escrito',
  'audit.notice.issue_refused': 'No pudo emitir un aviso previo por escrito (faltan elementos)',
  'audit.notice.print': 'Imprimió un aviso previo por escrito',
  'audit.notice.read_denied': 'Pidió un aviso previo por escrito que no puede ver',

  // ---- notifications ----
  'notify.consent.requested':
    'Se solicita su consentimiento para {student}: {type, select, evaluation {una evaluación inicial} initial_services {servicios de educación especial} reevaluation {una reevaluación} other {compartir expedientes}}',
  'notify.consent.answered':
    '{decision, select, given {Consentimiento otorgado} other {Consentimiento denegado}} para {student}: {type, select, evaluation {evaluación inicial} initial_services {servicios de educación especial} reevaluation {reevaluación} other {compartir expedientes}}',
  'notify.consent.revoked':
    'Consentimiento revocado para {student}: {type, select, evaluation {evaluación inicial} initial_services {servicios de educación especial} reevaluation {reevaluación} other {compartir expedientes}}',

  // ---- labels ----
  'consents.type.evaluation': 'Evaluación inicial',
  'consents.type.initial_services': 'Servicios de educación especial (por primera vez)',
  'consents.type.reevaluation': 'Reevaluación',
  'consents.type.release_of_information': 'Compartir expedientes',
  'consents.formTitle':
    '{type, select, evaluation {Consentimiento para una evaluación inicial} initial_services {Consentimiento para servicios de educación especial} reevaluation {Consentimiento para una reevaluación} other {Consentimiento para compartir expedientes}}',
  'consents.status.requested': 'Esperando respuesta',
  'consents.status.given': 'Consentimiento otorgado',
  'consents.status.refused': 'Consentimiento denegado',
  'consents.status.revoked': 'Consentimiento revocado',
  'consents.method.portal': 'firmado en línea',
  'consents.method.paper': 'firmado en papel',
  'consents.decision.given': 'Sí, doy mi consentimiento',
  'consents.decision.refused': 'No, no doy mi consentimiento',
  'consents.staffDecision.given': 'Consentimiento otorgado',
  'consents.staffDecision.refused': 'Consentimiento denegado',

  // ---- plain explanations ----
  'consents.explain.evaluation':
    'La escuela quiere evaluar a su hijo o hija para saber si tiene una discapacidad y necesita educación especial. La escuela no puede comenzar esta evaluación sin su consentimiento por escrito. Decir que sí a la evaluación no significa que usted acepta servicios de educación especial: esa es otra decisión.',
  'consents.explain.initial_services':
    'El equipo determinó que su hijo o hija es elegible para educación especial. Antes de dar por primera vez educación especial y servicios relacionados, la escuela necesita su consentimiento por escrito. Si usted dice que no, la escuela no puede dar estos servicios.',
  'consents.explain.reevaluation':
    'La escuela quiere volver a evaluar a su hijo o hija para ver cómo va y qué necesita ahora. Si la escuela ha intentado comunicarse con usted y usted no responde, la escuela puede seguir adelante con la reevaluación.',
  'consents.explain.release_of_information':
    'La escuela le pide permiso para compartir los expedientes indicados aquí con la persona o agencia nombrada. Solo esos expedientes, y solo con ellos.',
  'consents.explain.voluntary':
    'Su consentimiento es voluntario: puede decir que no. Si dice que sí, puede retirar (revocar) su consentimiento más adelante, por escrito. Retirarlo no deshace lo que ya se hizo mientras usted estaba de acuerdo.',

  // ---- the section on the student page ----
  'consents.title': 'Consentimiento y avisos',
  'consents.loading': 'Cargando consentimientos y avisos…',
  'consents.error': 'No se pudieron cargar los consentimientos y avisos.',
  'consents.consentsHeading': 'Solicitudes de consentimiento',
  'consents.empty': 'No se ha pedido ningún consentimiento.',
  'consents.pendingCount':
    '{count, plural, one {# solicitud espera su respuesta.} other {# solicitudes esperan su respuesta.}}',
  'consents.requestedOn': 'Solicitado el {date} por {name}',
  'consents.answeredOn': '{status} el {date}, {method}, por {name}',
  'consents.revokedOn': 'Revocado por escrito el {date} por {name}',
  'consents.whatWeAsk': 'Lo que le pedimos',
  'consents.recordsToRelease': 'Expedientes que se compartirán',
  'consents.releaseTo': 'Se compartirán con',
  'consents.whatItMeans': 'Qué significa',
  'consents.pdf': 'Formulario (PDF)',
  'consents.pdfLink': 'PDF en {lang, select, es {español} other {inglés}}',
  'consents.pdfLinkLabel': '{title}, PDF en {lang, select, es {español} other {inglés}}',

  // family: sign
  'consents.sign.legend': 'Su respuesta',
  'consents.sign.typedName': 'Escriba su nombre completo',
  'consents.sign.typedNameHint': 'Escribir su nombre aquí es su firma.',
  'consents.sign.confirm': 'He leído lo que se me pide y entiendo que escribir mi nombre es mi firma.',
  'consents.sign.submit': 'Firmar y enviar mi respuesta',
  'consents.sign.sending': 'Enviando…',
  'consents.sign.error.decision': 'Elija sí o no.',
  'consents.sign.error.typedName': 'Escriba su nombre completo para firmar.',
  'consents.sign.error.confirm': 'Marque la casilla para confirmar su firma.',
  'consents.sign.error.signedOn':
    'Indique la fecha escrita en el formulario firmado (no una fecha futura ni anterior a la solicitud).',
  'consents.sign.error.signerName': 'Escriba el nombre del padre o la madre que firmó el formulario.',
  'consents.sign.done': 'Gracias. Su respuesta fue enviada: {status}.',
  'consents.signedAs': 'Firmado como {name} el {date}.',

  // revoke
  'consents.revoke.button': 'Retirar (revocar) mi consentimiento',
  'consents.revoke.staffButton': 'Registrar una revocación por escrito',
  'consents.revoke.legend': 'Revocar el consentimiento por escrito',
  'consents.revoke.explain': 'Revocar detiene desde ahora lo que usted aceptó. No deshace lo que ya se hizo.',
  'consents.revoke.servicesWarning':
    'Revocar el consentimiento para los servicios termina toda la educación especial y los servicios relacionados. Antes, la escuela le enviará un aviso previo por escrito.',
  'consents.revoke.confirm': 'Retiro mi consentimiento. Entiendo que escribir mi nombre es mi firma.',
  'consents.revoke.note': 'Algo que quiera agregar (opcional)',
  'consents.revoke.submit': 'Revocar el consentimiento',
  'consents.revoke.done': 'Su consentimiento fue revocado.',
  'consents.revoke.signerName': 'Nombre del padre o la madre que firmó la revocación',
  'consents.revoke.signedOn': 'Fecha de la revocación por escrito',

  // staff: request
  'consents.request.button': 'Pedir consentimiento',
  'consents.request.legend': 'Pedir el consentimiento de los padres',
  'consents.request.type': 'Consentimiento para',
  'consents.request.description': 'Lo que se pide a los padres que acepten',
  'consents.request.descriptionHint':
    'Describa la actividad con palabras sencillas: para una evaluación, las áreas y los tipos de pruebas (34 CFR 300.9(b)).',
  'consents.request.records': 'Expedientes que se compartirán',
  'consents.request.releaseTo': 'Con quién (persona o agencia)',
  'consents.request.language': 'Idioma del formulario',
  'consents.request.languageDefault': 'El idioma de los padres',
  'consents.request.submit': 'Enviar la solicitud a la familia',
  'consents.request.error.description': 'Describa lo que se pide a los padres que acepten (34 CFR 300.9(b)).',
  'consents.request.error.recordsToRelease': 'Indique los expedientes que se compartirán (34 CFR 300.9(b)).',
  'consents.request.error.releaseTo': 'Indique con quién se compartirán los expedientes (34 CFR 300.9(b)).',
  'consents.request.requestedOn': 'Día en que se pidió a los padres',
  'consents.request.requestedOnHint':
    'Déjelo vacío si es hoy. Si el formulario se entregó antes (en una reunión, por ejemplo), indique ese día: la respuesta firmada en él se registra entonces con su propia fecha.',
  'consents.request.error.requestedOn':
    'Indique el día en que se hizo la solicitud: no después de hoy, ni antes de que naciera el estudiante.',
  'consents.request.sent': 'La solicitud fue enviada a la familia.',
  'consents.cancel': 'Cancelar',

  // staff: paper answer
  'consents.paper.button': 'Registrar una respuesta en papel',
  'consents.paper.legend': 'Respuesta firmada en papel',
  'consents.paper.decision': 'La respuesta del padre o la madre',
  'consents.paper.signerName': 'Nombre de quien firmó',
  'consents.paper.signedOn': 'Fecha del formulario firmado',
  'consents.paper.submit': 'Registrar la respuesta',
  'consents.paper.done': 'La respuesta fue registrada.',

  // ---- prior written notices ----
  'notices.heading': 'Avisos previos por escrito',
  'notices.empty': 'Todavía no hay ningún aviso previo por escrito.',
  'notices.familyEmpty': 'La escuela no le ha enviado ningún aviso previo por escrito.',
  'notices.title': '{action, select, proposes {El distrito propone} other {El distrito rechaza}}: {subject}',
  'notices.action.proposes': 'Propone',
  'notices.action.refuses': 'Rechaza',
  'notices.subject.initial_evaluation': 'una evaluación inicial',
  'notices.subject.reevaluation': 'una reevaluación',
  'notices.subject.identification': 'la identificación como estudiante con una discapacidad',
  'notices.subject.educational_placement': 'la ubicación educativa',
  'notices.subject.fape': 'la educación especial y los servicios relacionados (FAPE)',
  'notices.subject.end_of_services': 'terminar los servicios de educación especial',
  'notices.status.draft': 'Borrador',
  'notices.status.issued': 'Emitido',
  'notices.issuedOn': 'Emitido el {date} por {name}',
  'notices.draftBy': 'Borrador comenzado por {name}',
  'notices.read': 'Leer el aviso',
  'notices.start': 'Comenzar un aviso previo por escrito',
  'notices.edit': 'Editar el borrador',
  'notices.close': 'Cerrar el editor',
  'notices.editor.legend': 'Aviso previo por escrito (34 CFR 300.503)',
  'notices.editor.action': 'El distrito',
  'notices.editor.subject': 'Sobre',
  'notices.editor.language': 'Idioma del aviso',
  'notices.editor.languageHint': 'Escríbalo en la lengua materna de los padres (34 CFR 300.503(c)).',
  'notices.editor.save': 'Guardar el borrador',
  'notices.editor.saving': 'Guardando…',
  'notices.editor.saved': 'Guardado.',
  'notices.editor.stale':
    'Otra persona cambió este aviso desde que usted lo abrió. Vuelva a cargarlo para ver su cambio.',
  'notices.editor.issue': 'Emitir el aviso a los padres',
  'notices.editor.issued': 'El aviso fue emitido.',
  'notices.editor.complete': 'Están los siete elementos: el aviso se puede emitir.',
  'notices.editor.missing':
    '{count, plural, one {Falta # elemento para poder emitir el aviso:} other {Faltan # elementos para poder emitir el aviso:}}',
  'notices.editor.missingInline': 'Falta ({citation})',
  'notices.editor.warning': 'Pendiente: {message} ({citation})',
  'notices.element.actionDescription': '1. Lo que el distrito propone o rechaza hacer',
  'notices.element.reasons': '2. Por qué',
  'notices.element.evaluationsUsed': '3. Cada evaluación, prueba, expediente o informe utilizado',
  'notices.element.safeguardsStatement': '4. Sus garantías procesales y cómo obtener una copia',
  'notices.element.assistanceSources': '5. Dónde obtener ayuda para entender sus derechos',
  'notices.element.optionsConsidered': '6. Otras opciones consideradas y por qué se rechazaron',
  'notices.element.otherFactors': '7. Otros factores importantes para la decisión',
  'notices.hint.actionDescription': 'Describa la acción que el distrito propone o rechaza.',
  'notices.hint.reasons': 'Explique por qué el distrito propone o rechaza la acción.',
  'notices.hint.evaluationsUsed':
    'Nombre cada procedimiento de evaluación, prueba, expediente o informe en que se basa la decisión.',
  'notices.hint.safeguardsStatement':
    'Indique que los padres están protegidos por las garantías procesales y cómo pueden obtener una copia.',
  'notices.hint.assistanceSources': 'Indique a quién pueden acudir los padres para entender sus derechos.',
  'notices.hint.optionsConsidered': 'Describa las otras opciones que consideró el equipo y por qué se rechazaron.',
  'notices.hint.otherFactors':
    'Describa otros factores importantes para la propuesta o el rechazo (escriba «Ninguno» si no hay).',
  'notices.default.safeguardsStatement':
    'Como padres de un niño o una niña con una discapacidad, ustedes están protegidos por las garantías procesales de la Ley de Educación para Personas con Discapacidades (IDEA). Pueden obtener gratis, en cualquier momento, una copia del aviso de garantías procesales con el encargado del caso de su hijo o hija, en la oficina de educación especial del distrito o en el portal familiar.',
  'notices.default.assistanceSources':
    'Para recibir ayuda y entender estos derechos, pueden comunicarse con el encargado del caso de su hijo o hija, con la oficina de educación especial del distrito o con el Centro de Capacitación e Información para Padres de su estado (lo encuentran en parentcenterhub.org).',
  'notices.default.endOfServices':
    'El distrito dejará de dar toda la educación especial y los servicios relacionados a su hijo o hija, porque usted revocó por escrito su consentimiento para ellos.',

  // ---- the documents (PDF) ----
  'consentDoc.subject': 'Consentimiento de los padres (34 CFR 300.9, 300.300)',
  'consentDoc.section.request': 'Lo que le pedimos',
  'consentDoc.field.type': 'Consentimiento para',
  'consentDoc.field.requestedOn': 'Fecha de la solicitud',
  'consentDoc.field.requestedBy': 'Solicitado por',
  'consentDoc.section.meaning': 'Qué significa',
  'consentDoc.section.answer': 'La respuesta de los padres',
  'consentDoc.pending':
    'Todavía sin respuesta. Marque una casilla, firme y ponga la fecha en este formulario, y devuélvalo a la escuela, o responda en el portal familiar.',
  'consentDoc.box.given': '☐  Doy mi consentimiento.',
  'consentDoc.box.refused': '☐  No doy mi consentimiento.',
  'consentDoc.signatureLine': 'Firma del padre o la madre: ________________________   Fecha: ______________',
  'consentDoc.field.answer': 'Respuesta',
  'consentDoc.field.signer': 'Firmado por',
  'consentDoc.field.signedOn': 'Fecha de la firma',
  'consentDoc.field.method': 'Cómo',
  'consentDoc.field.recordedBy': 'Registrado por',
  'consentDoc.field.confirmed': 'Firma',
  'consentDoc.confirmedText':
    'Nombre escrito, con la casilla marcada que confirma que es la firma del padre o la madre',
  'consentDoc.section.revocation': 'Revocación',
  'consentDoc.field.revokedOn': 'Fecha de la revocación',
  'consentDoc.field.note': 'Nota',
  'consentDoc.revocationNotRetroactive':
    'La revocación no es retroactiva: no deshace lo que se hizo mientras el consentimiento estaba vigente (34 CFR 300.9(c)(2)).',
  'noticeDoc.title': 'Aviso previo por escrito',
  'noticeDoc.subject': 'Aviso previo por escrito (34 CFR 300.503)',
  'noticeDoc.intro':
    'El distrito debe avisarle por escrito, con tiempo razonable, antes de proponer o rechazar comenzar o cambiar la identificación, la evaluación, la ubicación educativa o los servicios de educación especial de su hijo o hija. Este aviso le dice qué propone o rechaza el distrito, y por qué.',
  'noticeDoc.draft': 'BORRADOR: todavía no se ha emitido a los padres',
  'noticeDoc.section.notice': 'El aviso',
  'noticeDoc.field.action': 'Acción',
  'noticeDoc.field.issued': 'Emitido',
  'noticeDoc.notIssued': 'No emitido',
};
