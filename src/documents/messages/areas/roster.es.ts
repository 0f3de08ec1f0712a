/** Los mensajes en español de un área (importación del padrón): las mismas claves que roster.en.ts. */
import type { rosterEn } from './roster.en';

export const rosterEs: Record<keyof typeof rosterEn, string> = {
  // Eventos de auditoría
  'audit.roster.import': 'Importado o actualizado desde el padrón del distrito (OneRoster)',
};
