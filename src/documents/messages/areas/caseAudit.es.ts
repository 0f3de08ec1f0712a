/** Las etiquetas en español de los eventos de auditoría del calendario del caso. */
import type { caseAuditEn } from './caseAudit.en';

export const caseAuditEs: Record<keyof typeof caseAuditEn, string> = {
  'audit.case.events.read': 'Consultó la cronología del caso',
  'audit.case.event.record': 'Registró un evento del caso',
  'audit.case.event.void': 'Anuló un evento del caso',
  'audit.case.deadlines.read': 'Consultó los plazos',
  'audit.compliance.summary.read': 'Consultó el resumen de cumplimiento',
  'audit.discipline.read': 'Consultó el expediente disciplinario',
  'audit.discipline.removal.record': 'Registró una separación disciplinaria',
  'audit.discipline.placement_decision.record': 'Registró si las separaciones forman un patrón',
  'audit.discipline.notice.record': 'Registró el aviso a los padres de una decisión disciplinaria',
  'audit.discipline.mdr.record': 'Registró una determinación de manifestación',
  'audit.discipline.void': 'Anuló un registro disciplinario',
};
