/** Los mensajes en español de un área (copias sin guardar en el navegador, al cerrar sesión y cuando la sesión terminó): las mismas claves que localDrafts.en.ts. */
import type { localDraftsEn } from './localDrafts.en';

export const localDraftsEs: Record<keyof typeof localDraftsEn, string> = {
  'drafts.dialog.title': 'Cambios sin guardar',
  'drafts.dialog.intro':
    'Este navegador todavía guarda cambios que no se han guardado. Cualquier persona que use este navegador después de usted podría leerlos. Abra cada uno para guardarlo, o descártelos.',
  'drafts.kind.plan': 'Cambios en un borrador de IEP o plan 504',
  'drafts.kind.sop': 'Cambios en un resumen de desempeño',
  'drafts.keptAt': 'guardado en este navegador el {when}',
  'drafts.open': 'Abrir para guardar',
  'drafts.allSaved': 'Ya está todo guardado. Puede cerrar sesión.',
  'drafts.discardAndSignOut': 'Descartarlos y cerrar sesión',
  'drafts.signOut': 'Cerrar sesión',
  'drafts.cancel': 'Seguir en la sesión',
  'drafts.expired.notice':
    '{count, plural, one {Este navegador guarda # cambio que no se guardó antes de que terminara la sesión. Inicie sesión de nuevo para guardarlo, o descártelo para que nadie más que use este navegador pueda leerlo.} other {Este navegador guarda # cambios que no se guardaron antes de que terminara la sesión. Inicie sesión de nuevo para guardarlos, o descártelos para que nadie más que use este navegador pueda leerlos.}}',
  'drafts.expired.discard': 'Descartarlos',
  'drafts.expired.confirm': '¿Descartar definitivamente los cambios sin guardar? No se puede deshacer.',
  'drafts.expired.confirmYes': 'Sí, descartarlos',
  'drafts.expired.confirmNo': 'Conservarlos',
  'drafts.discarded': 'Los cambios sin guardar se eliminaron de este navegador.',
};
