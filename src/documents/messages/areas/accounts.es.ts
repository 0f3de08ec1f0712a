/** Los mensajes en español de un área (invitaciones a cuentas y restablecimiento de contraseña): las mismas claves que accounts.en.ts. */
import type { accountsEn } from './accounts.en';

export const accountsEs: Record<keyof typeof accountsEn, string> = {
  // Eventos de auditoría
  'audit.account.invite': 'Invitación enviada para establecer una contraseña',
  'audit.account.password_reset_requested': 'Solicitud de restablecimiento de contraseña',
  'audit.account.password_set': 'Contraseña establecida desde un enlace',
  'audit.session.csrf.refused': 'Se rechazó un cambio: le faltaba el código antifalsificación de la sesión',

  // Correo (texto simple; {url} es el enlace de un solo uso)
  'accounts.mail.invite.subject': 'Establezca su contraseña de OpenIEP',
  'accounts.mail.invite.body':
    'Hola, {name}:\n\nSe creó para usted una cuenta de OpenIEP ({email}). Para empezar, elija su contraseña con este enlace. Funciona una sola vez, durante 7 días:\n\n{url}\n\nSi no esperaba este mensaje, puede ignorarlo.',
  'accounts.mail.reset.subject': 'Restablezca su contraseña de OpenIEP',
  'accounts.mail.reset.body':
    'Hola, {name}:\n\nAlguien pidió restablecer la contraseña de su cuenta de OpenIEP ({email}). Para elegir una contraseña nueva, abra este enlace. Funciona una sola vez, durante 1 hora:\n\n{url}\n\nSi usted no lo pidió, puede ignorar este mensaje: su contraseña no ha cambiado.',

  'accounts.mail.linkHidden': '[enlace de un solo uso: enviado solo a {email}, nunca guardado aquí]',

  // Enlace en la página de inicio de sesión
  'accounts.signIn.forgot': '¿Olvidó su contraseña?',

  // Página de contraseña olvidada
  'accounts.forgot.title': 'Restablecer la contraseña',
  'accounts.forgot.intro':
    'Escriba el correo electrónico de su cuenta. Le enviaremos un enlace para elegir una contraseña nueva.',
  'accounts.forgot.email': 'Correo electrónico',
  'accounts.forgot.submit': 'Enviar el enlace',
  'accounts.forgot.pending': 'Enviando…',
  'accounts.forgot.sent':
    'Si existe una cuenta para {email}, le enviamos un enlace. El enlace funciona durante 1 hora. Revise su bandeja de entrada y la carpeta de correo no deseado.',
  'accounts.forgot.backToSignIn': 'Volver a iniciar sesión',
  'accounts.forgot.noMail':
    'Esta instalación de OpenIEP no envía correo electrónico, así que no puede enviarle un enlace.',
  'accounts.forgot.askAdmin':
    'Pídalo a la administración de su distrito: puede darle un enlace para elegir una contraseña nueva.',

  // Página para establecer la contraseña
  'accounts.set.title': 'Elija su contraseña',
  'accounts.set.intro': 'Elija una contraseña nueva para su cuenta de OpenIEP.',
  'accounts.set.policy':
    'Use al menos {min} caracteres. Unas cuantas palabras que pueda recordar son una buena contraseña. No use su correo electrónico ni una contraseña común.',
  'accounts.set.password': 'Contraseña nueva',
  'accounts.set.confirm': 'Repita la contraseña nueva',
  'accounts.set.submit': 'Guardar mi contraseña',
  'accounts.set.pending': 'Guardando…',
  'accounts.set.done': 'Su contraseña quedó guardada. Ya puede iniciar sesión con ella.',
  'accounts.set.signIn': 'Iniciar sesión',
  'accounts.set.noToken': 'Esta página necesita el enlace de su correo. Abra el enlace de nuevo o pida uno nuevo.',
  'accounts.set.requestNew': 'Pedir un enlace nuevo',
  'accounts.set.errorsHeading': 'Corrija lo siguiente:',
  'accounts.set.error.token': 'Este enlace no es válido o ya venció. Pida uno nuevo.',
  'accounts.set.error.mismatch': 'Las dos contraseñas no coinciden.',
  'accounts.set.error.too_short': 'Use al menos {min} caracteres.',
  'accounts.set.error.too_long': 'Use como máximo {max} caracteres.',
  'accounts.set.error.is_email': 'No use su correo electrónico como contraseña.',
  'accounts.set.error.one_character': 'No repita un solo carácter.',
  'accounts.set.error.too_common': 'Esta contraseña es demasiado común. Elija otra.',
};
