/** Mensajes en español: los indicadores SPP/APR medidos niño por niño y la fecha de la Parte C. */
import type { indicatorsEn } from './indicators.en';

export const indicatorsEs: Record<keyof typeof indicatorsEn, string> = {
  'audit.report.student_listed': 'Incluido en un informe de indicadores (número de estudiante local)',
  'case.delay.parent_chose_part_c_past_age_three':
    'Los padres eligieron continuar la intervención temprana después de los tres años (opción estatal)',
  'case.record.partCEligibleOn': 'Declarado elegible para intervención temprana (Parte C) el (opcional)',
  'case.record.partCEligibleOnHint':
    'Un niño declarado elegible para la Parte C menos de 90 días antes de cumplir tres años queda fuera del indicador 12.',
  'case.record.error.partCAfterReferral':
    'El niño se declara elegible para la Parte C antes de ser remitido: la fecha no puede ser posterior a la remisión.',
  'indicators.schoolYear': 'Año de informe del {start} al {end}, hasta hoy',
  'indicators.asOfToday': 'A la fecha de hoy',
  'indicators.pending':
    '{count, plural, one {# niño sigue} other {# niños siguen}} dentro del plazo: en la lista, aún sin contar.',
  'indicators.excluded.title': 'Fuera del cómputo',
  'indicators.excluded.none': 'Ningún niño quedó fuera.',
  'indicators.excluded.item': '{count, plural, one {# niño} other {# niños}}: {reason}',
  'indicators.download': 'Indicador {number}: cada niño contado o excluido (CSV)',
  'indicators.reason.consent_revoked': 'consentimiento para evaluar revocado antes de la evaluación',
  'indicators.reason.not_eligible_before_third_birthday': 'declarado no elegible antes de cumplir tres años (b)',
  'indicators.reason.part_c_eligible_less_than_90_days':
    'declarado elegible para la Parte C menos de 90 días antes de cumplir tres años (e)',
  'indicators.reason.not_eligible_on_or_after_third_birthday':
    'declarado no elegible el día en que cumplió tres años o después',
  'indicators.reason.parent_refused_consent_evaluation': 'la familia rechazó el consentimiento para evaluar (d)',
  'indicators.reason.parent_refused_consent_initial_services':
    'la familia rechazó el consentimiento para los servicios iniciales (d)',
  'indicators.reason.parent_consent_to_services_after_third_birthday':
    'el IEP estaba listo antes del tercer cumpleaños; la familia dio su consentimiento a los servicios después (d)',
  'indicators.reason.none_recorded': 'sin motivo registrado',
};
