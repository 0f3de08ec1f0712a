/** Mensajes en español: informes federales (conteo de la Sección 618 de IDEA, entornos educativos, indicadores SPP/APR). */
import type { reportsEn } from './reports.en';

export const reportsEs: Record<keyof typeof reportsEn, string> = {
  'audit.report.read': 'Generó un informe federal',
  'reports.title': 'Informes federales (CSV)',
  'reports.intro':
    'Conteos de la Sección 618 de IDEA de todo el distrito y los indicadores del SPP/APR. Los archivos de la 618 son solo cifras; los de indicadores listan a cada niño por su número de estudiante local (nunca por su nombre), y cada listado queda registrado en el historial de acceso del estudiante.',
  'reports.date': 'Fecha del conteo',
  'reports.dateHint': 'Por lo general, el primer jueves de octubre (entre el 1 de octubre y el 1 de diciembre).',
  'reports.childCount': 'Conteo de niños por discapacidad, edad, raza y etnia, sexo y condición de aprendiz de inglés',
  'reports.environments': 'Entornos educativos por discapacidad',
  'reports.spp': 'Indicadores 5, 11, 12 y 13 del SPP/APR (resumen)',
  'reports.onCountDate': 'A la fecha del conteo',
  'reports.forYear': 'Para un año de informe',
  'reports.schoolYear': 'Año de informe (del 1 de julio al 30 de junio)',
  'reports.schoolYearOption': '{start} a {end}',
  'reports.schoolYearHint':
    'El año de informe federal. Los indicadores 11 y 12 y el informe de salidas se hacen para un año.',
  'reports.indicator5': 'Indicador 5 (entorno menos restrictivo), niño por niño',
  'reports.indicator13': 'Indicador 13 (transición), niño por niño, a la fecha de hoy',
  'reports.indicator11': 'Indicador 11 (evaluaciones a tiempo), niño por niño',
  'reports.indicator12': 'Indicador 12 (IEP a los 3 años para niños de la Parte C), niño por niño',
  'reports.exiting': 'Salidas de educación especial, de 14 a 21 años (EDFacts FS009)',
};
