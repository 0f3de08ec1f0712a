/** English messages of one area (account invitations and password reset). accounts.es.ts must have the same keys (typed). */
export const accountsEn = {
  // Audit events
  'audit.account.invite': 'Invitation to set a password sent',
  'audit.account.password_reset_requested': 'Password reset requested',
  'audit.account.password_set': 'Password set from a link',
  'audit.session.csrf.refused': "A change was refused: it lacked the session's anti-forgery token",

  // Mail (plain text; {url} is the one-time link)
  'accounts.mail.invite.subject': 'Set your OpenIEP password',
  'accounts.mail.invite.body':
    'Hello {name},\n\nAn OpenIEP account has been created for you ({email}). To start, choose your password with this link. It works once, for 7 days:\n\n{url}\n\nIf you did not expect this message, you can ignore it.',
  'accounts.mail.reset.subject': 'Reset your OpenIEP password',
  'accounts.mail.reset.body':
    'Hello {name},\n\nSomeone asked to reset the password of your OpenIEP account ({email}). To choose a new password, open this link. It works once, for 1 hour:\n\n{url}\n\nIf you did not ask for this, you can ignore this message: your password has not changed.',

  'accounts.mail.linkHidden': '[one-time link: sent only to {email}, never kept here]',

  // Sign-in page link
  'accounts.signIn.forgot': 'Forgot your password?',

  // Forgot password page
  'accounts.forgot.title': 'Reset your password',
  'accounts.forgot.intro': 'Enter the email address of your account. We will send you a link to choose a new password.',
  'accounts.forgot.email': 'Email address',
  'accounts.forgot.submit': 'Send the link',
  'accounts.forgot.pending': 'Sending…',
  'accounts.forgot.sent':
    'If an account exists for {email}, we sent a link to it. The link works for 1 hour. Check your inbox and your spam folder.',
  'accounts.forgot.backToSignIn': 'Back to sign in',
  'accounts.forgot.noMail': 'This installation of OpenIEP does not send email, so it cannot send you a link.',
  'accounts.forgot.askAdmin': 'Ask your district administrator: they can give you a link to choose a new password.',

  // Set password page
  'accounts.set.title': 'Choose your password',
  'accounts.set.intro': 'Choose a new password for your OpenIEP account.',
  'accounts.set.policy':
    'Use at least {min} characters. A few words you will remember make a good password. Do not use your email address or a common password.',
  'accounts.set.password': 'New password',
  'accounts.set.confirm': 'New password again',
  'accounts.set.submit': 'Set my password',
  'accounts.set.pending': 'Saving…',
  'accounts.set.done': 'Your password is set. You can now sign in with it.',
  'accounts.set.signIn': 'Sign in',
  'accounts.set.noToken': 'This page needs the link from your email. Open the link again, or ask for a new one.',
  'accounts.set.requestNew': 'Ask for a new link',
  'accounts.set.errorsHeading': 'Please correct the following:',
  'accounts.set.error.token': 'This link is not valid or has expired. Ask for a new one.',
  'accounts.set.error.mismatch': 'The two passwords are not the same.',
  'accounts.set.error.too_short': 'Use at least {min} characters.',
  'accounts.set.error.too_long': 'Use at most {max} characters.',
  'accounts.set.error.is_email': 'Do not use your email address as your password.',
  'accounts.set.error.one_character': 'Do not use one character repeated.',
  'accounts.set.error.too_common': 'This password is too common. Choose another one.',
};
