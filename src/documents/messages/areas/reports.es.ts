/** Mensajes en español: informes federales (conteo de la Sección 618 de IDEA, entornos educativos, indicadores SPP/APR). */
import type { reportsEn } from './reports.en';

export const reportsEs: Record<keyof typeof reportsEn, string> = {
  'audit.report.read': 'Generó un informe federal',
  'reports.title': 'Informes federales (CSV)',
  'reports.intro': 'Conteos de la Sección 618 de IDEA de todo el distrito, a la fecha del conteo, y los indicadores del SPP/APR. Solo cifras; no se nombra a ningún estudiante.',
  'reports.date': 'Fecha del conteo',
  'reports.dateHint': 'Por lo general, el primer jueves de octubre (entre el 1 de octubre y el 1 de diciembre).',
  'reports.childCount': 'Conteo de niños por discapacidad, edad, raza y etnia, sexo y condición de aprendiz de inglés',
  'reports.environments': 'Entornos educativos por discapacidad',
  'reports.spp': 'Indicadores 5, 11, 12 y 13 del SPP/APR',
};
