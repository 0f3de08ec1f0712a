/** English messages of one area (unsaved copies kept in the browser, at sign-out and after a session ended). localDrafts.es.ts must have the same keys (typed). */
export const localDraftsEn = {
  'drafts.dialog.title': 'Changes not saved yet',
  'drafts.dialog.intro':
    'This browser still keeps changes that were not saved. Anyone who uses this browser after you could read them. Open each one to save it, or discard them.',
  'drafts.kind.plan': 'Changes to an IEP or 504 plan draft',
  'drafts.kind.sop': 'Changes to a summary of performance',
  'drafts.keptAt': 'kept on {when}',
  'drafts.open': 'Open to save',
  'drafts.allSaved': 'Everything is saved now. You can sign out.',
  'drafts.discardAndSignOut': 'Discard them and sign out',
  'drafts.signOut': 'Sign out',
  'drafts.cancel': 'Stay signed in',
  'drafts.expired.notice':
    '{count, plural, one {This browser keeps # change that was not saved before the session ended. Sign in again to save it, or discard it so that no one else using this browser can read it.} other {This browser keeps # changes that were not saved before the session ended. Sign in again to save them, or discard them so that no one else using this browser can read them.}}',
  'drafts.expired.discard': 'Discard them',
  'drafts.expired.confirm': 'Discard the unsaved changes for good? This cannot be undone.',
  'drafts.expired.confirmYes': 'Yes, discard them',
  'drafts.expired.confirmNo': 'Keep them',
  'drafts.discarded': 'The unsaved changes were removed from this browser.',
} as const satisfies Record<string, string>;
