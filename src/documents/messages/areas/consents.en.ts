/** English messages of one area (consents). Keys are flat and dotted; consents.es.ts must have the same keys (typed). */
export const consentsEn = {
  // ---- audit labels ----
  'audit.consent.list': 'Listed consents and notices',
  'audit.consent.read': 'Opened a consent',
  'audit.consent.request': 'Asked the parents for consent',
  'audit.consent.answer': 'Answered a consent request',
  'audit.consent.revoke': 'Revoked a consent in writing',
  'audit.consent.print': 'Printed a consent form',
  'audit.consent.read_denied': 'Asked for a consent they may not see',
  'audit.notice.read': 'Opened a prior written notice',
  'audit.notice.create': 'Started a prior written notice',
  'audit.notice.update': 'Saved a draft prior written notice',
  'audit.notice.issue': 'Issued a prior written notice',
  'audit.notice.issue_refused': 'Could not issue a prior written notice (elements missing)',
  'audit.notice.print': 'Printed a prior written notice',
  'audit.notice.read_denied': 'Asked for a prior written notice they may not see',

  // ---- notifications ----
  'notify.consent.requested':
    'Your consent is requested for {student}: {type, select, evaluation {an initial evaluation} initial_services {special education services} reevaluation {a reevaluation} other {a release of records}}',
  'notify.consent.answered':
    '{decision, select, given {Consent given} other {Consent refused}} for {student}: {type, select, evaluation {initial evaluation} initial_services {special education services} reevaluation {reevaluation} other {release of records}}',
  'notify.consent.revoked':
    'Consent revoked for {student}: {type, select, evaluation {initial evaluation} initial_services {special education services} reevaluation {reevaluation} other {release of records}}',

  // ---- labels ----
  'consents.type.evaluation': 'Initial evaluation',
  'consents.type.initial_services': 'Special education services (first time)',
  'consents.type.reevaluation': 'Reevaluation',
  'consents.type.release_of_information': 'Release of records',
  'consents.formTitle':
    '{type, select, evaluation {Consent for an initial evaluation} initial_services {Consent for special education services} reevaluation {Consent for a reevaluation} other {Consent to release records}}',
  'consents.status.requested': 'Waiting for an answer',
  'consents.status.given': 'Consent given',
  'consents.status.refused': 'Consent refused',
  'consents.status.revoked': 'Consent revoked',
  'consents.method.portal': 'signed online',
  'consents.method.paper': 'signed on paper',
  'consents.decision.given': 'Yes, I give my consent',
  'consents.decision.refused': 'No, I do not give my consent',
  'consents.staffDecision.given': 'Consent given',
  'consents.staffDecision.refused': 'Consent refused',

  // ---- plain explanations (what the parent reads before signing) ----
  'consents.explain.evaluation':
    'The school would like to evaluate your child to find out whether your child has a disability and needs special education. The school cannot start this evaluation without your written consent. Saying yes to the evaluation does not mean you agree to special education services: that is a separate decision.',
  'consents.explain.initial_services':
    'The team found that your child is eligible for special education. Before the school provides special education and related services for the first time, it needs your written consent. If you say no, the school cannot provide these services.',
  'consents.explain.reevaluation':
    'The school would like to evaluate your child again, to see how your child is doing and what your child needs now. If the school has tried to reach you and you do not answer, the school may go ahead with the reevaluation.',
  'consents.explain.release_of_information':
    'The school asks your permission to share the records listed here with the person or agency named. Only those records, and only with them.',
  'consents.explain.voluntary':
    'Your consent is voluntary: you may say no. If you say yes, you can take back (revoke) your consent later, in writing. Taking it back does not undo what was already done while you had agreed.',

  // ---- the section on the student page ----
  'consents.title': 'Consent and notices',
  'consents.loading': 'Loading consents and notices…',
  'consents.error': 'Consents and notices could not be loaded.',
  'consents.consentsHeading': 'Consent requests',
  'consents.empty': 'No consent has been requested.',
  'consents.pendingCount':
    '{count, plural, one {# request waits for your answer.} other {# requests wait for your answer.}}',
  'consents.requestedOn': 'Requested {date} by {name}',
  'consents.answeredOn': '{status} on {date}, {method}, by {name}',
  'consents.revokedOn': 'Revoked in writing on {date} by {name}',
  'consents.whatWeAsk': 'What we are asking',
  'consents.recordsToRelease': 'Records to be released',
  'consents.releaseTo': 'Released to',
  'consents.whatItMeans': 'What this means',
  'consents.pdf': 'Form (PDF)',
  'consents.pdfLink': '{lang, select, es {Spanish} other {English}} PDF',
  'consents.pdfLinkLabel': '{title}, PDF in {lang, select, es {Spanish} other {English}}',

  // family: sign
  'consents.sign.legend': 'Your answer',
  'consents.sign.typedName': 'Type your full name',
  'consents.sign.typedNameHint': 'Typing your name here is your signature.',
  'consents.sign.confirm':
    'I have read what I am asked to consent to, and I understand that typing my name is my signature.',
  'consents.sign.submit': 'Sign and send my answer',
  'consents.sign.sending': 'Sending…',
  'consents.sign.error.decision': 'Choose yes or no.',
  'consents.sign.error.typedName': 'Type your full name to sign.',
  'consents.sign.error.confirm': 'Tick the box to confirm your signature.',
  'consents.sign.error.signedOn':
    'Give the date written on the signed form (not in the future, not before the request).',
  'consents.sign.error.signerName': 'Write the name of the parent who signed the form.',
  'consents.sign.done': 'Thank you. Your answer was sent: {status}.',
  'consents.signedAs': 'Signed as {name} on {date}.',

  // revoke
  'consents.revoke.button': 'Take back (revoke) my consent',
  'consents.revoke.staffButton': 'Record a written revocation',
  'consents.revoke.legend': 'Revoke consent in writing',
  'consents.revoke.explain': 'Revoking stops what you agreed to from now on. It does not undo what was already done.',
  'consents.revoke.servicesWarning':
    'Revoking consent for services ends all special education and related services. The school will first send you a prior written notice.',
  'consents.revoke.confirm': 'I take back my consent. I understand that typing my name is my signature.',
  'consents.revoke.note': 'Anything you want to add (optional)',
  'consents.revoke.submit': 'Revoke consent',
  'consents.revoke.done': 'Your consent was revoked.',
  'consents.revoke.signerName': 'Name of the parent who signed the revocation',
  'consents.revoke.signedOn': 'Date on the written revocation',

  // staff: request
  'consents.request.button': 'Request consent',
  'consents.request.legend': 'Request consent from the parents',
  'consents.request.type': 'Consent for',
  'consents.request.description': 'What the parents are asked to consent to',
  'consents.request.descriptionHint':
    'Describe the activity in plain words: for an evaluation, the areas and the kinds of tests (34 CFR 300.9(b)).',
  'consents.request.records': 'Records to be released',
  'consents.request.releaseTo': 'To whom (person or agency)',
  'consents.request.language': 'Language of the form',
  'consents.request.languageDefault': 'The parents’ language',
  'consents.request.submit': 'Send the request to the family',
  'consents.request.error.description': 'Describe what the parents are asked to consent to (34 CFR 300.9(b)).',
  'consents.request.error.recordsToRelease': 'List the records to be released (34 CFR 300.9(b)).',
  'consents.request.error.releaseTo': 'Say to whom the records will be released (34 CFR 300.9(b)).',
  'consents.request.requestedOn': 'Day the parents were asked',
  'consents.request.requestedOnHint':
    'Leave empty for today. For a form handed over earlier (at a meeting, say), give that day: the answer signed on it is then recorded with its own date.',
  'consents.request.error.requestedOn':
    'Give the day the request was made: not after today, and not before the student was born.',
  'consents.request.sent': 'The request was sent to the family.',
  'consents.cancel': 'Cancel',

  // staff: paper answer
  'consents.paper.button': 'Record a paper answer',
  'consents.paper.legend': 'Answer signed on paper',
  'consents.paper.decision': 'The parent’s answer',
  'consents.paper.signerName': 'Name of the parent who signed',
  'consents.paper.signedOn': 'Date on the signed form',
  'consents.paper.submit': 'Record the answer',
  'consents.paper.done': 'The answer was recorded.',

  // ---- prior written notices ----
  'notices.heading': 'Prior written notices',
  'notices.empty': 'No prior written notice yet.',
  'notices.familyEmpty': 'The school has not sent you a prior written notice.',
  'notices.title': '{action, select, proposes {The district proposes} other {The district refuses}}: {subject}',
  'notices.action.proposes': 'Proposes',
  'notices.action.refuses': 'Refuses',
  'notices.subject.initial_evaluation': 'an initial evaluation',
  'notices.subject.reevaluation': 'a reevaluation',
  'notices.subject.identification': 'identification as a child with a disability',
  'notices.subject.educational_placement': 'educational placement',
  'notices.subject.fape': 'special education and related services (FAPE)',
  'notices.subject.end_of_services': 'ending special education services',
  'notices.status.draft': 'Draft',
  'notices.status.issued': 'Issued',
  'notices.issuedOn': 'Issued {date} by {name}',
  'notices.draftBy': 'Draft started by {name}',
  'notices.read': 'Read the notice',
  'notices.start': 'Start a prior written notice',
  'notices.edit': 'Edit the draft',
  'notices.close': 'Close the editor',
  'notices.editor.legend': 'Prior written notice (34 CFR 300.503)',
  'notices.editor.action': 'The district',
  'notices.editor.subject': 'About',
  'notices.editor.language': 'Language of the notice',
  'notices.editor.languageHint': 'Write it in the parent’s native language (34 CFR 300.503(c)).',
  'notices.editor.save': 'Save the draft',
  'notices.editor.saving': 'Saving…',
  'notices.editor.saved': 'Saved.',
  'notices.editor.stale': 'Someone else changed this notice since you opened it. Reload it to see their change.',
  'notices.editor.issue': 'Issue the notice to the parents',
  'notices.editor.issued': 'The notice was issued.',
  'notices.editor.complete': 'All seven elements are there: the notice can be issued.',
  'notices.editor.missing':
    '{count, plural, one {# element is missing before the notice can be issued:} other {# elements are missing before the notice can be issued:}}',
  'notices.editor.missingInline': 'Missing ({citation})',
  'notices.editor.warning': 'To do: {message} ({citation})',
  'notices.element.actionDescription': '1. What the district proposes or refuses to do',
  'notices.element.reasons': '2. Why',
  'notices.element.evaluationsUsed': '3. Each evaluation, assessment, record or report used',
  'notices.element.safeguardsStatement': '4. Your procedural safeguards, and how to get a copy',
  'notices.element.assistanceSources': '5. Where to get help understanding your rights',
  'notices.element.optionsConsidered': '6. Other options considered, and why they were rejected',
  'notices.element.otherFactors': '7. Other factors relevant to the decision',
  'notices.hint.actionDescription': 'Describe the action the district proposes or refuses.',
  'notices.hint.reasons': 'Explain why the district proposes or refuses to take the action.',
  'notices.hint.evaluationsUsed':
    'Name each evaluation procedure, assessment, record or report used as a basis for the decision.',
  'notices.hint.safeguardsStatement':
    'State that the parents have protection under the procedural safeguards and how they can get a copy of them.',
  'notices.hint.assistanceSources': 'List sources the parents can contact for help understanding their rights.',
  'notices.hint.optionsConsidered': 'Describe the other options the team considered and why they were rejected.',
  'notices.hint.otherFactors':
    'Describe any other factors relevant to the proposal or refusal (write “None” if there are none).',
  'notices.default.safeguardsStatement':
    'As the parents of a child with a disability, you have protection under the procedural safeguards of the Individuals with Disabilities Education Act (IDEA). You can get a copy of the procedural safeguards notice at any time, free of charge, from your child’s case manager, from the district special education office, or in the family portal.',
  'notices.default.assistanceSources':
    'For help understanding these rights, you may contact your child’s case manager, the district special education office, or your state’s Parent Training and Information Center (find it at parentcenterhub.org).',
  'notices.default.endOfServices':
    'The district will stop providing all special education and related services to your child, because you revoked your consent for them in writing.',

  // ---- the documents (PDF) ----
  'consentDoc.subject': 'Parental consent (34 CFR 300.9, 300.300)',
  'consentDoc.section.request': 'What we are asking',
  'consentDoc.field.type': 'Consent for',
  'consentDoc.field.requestedOn': 'Requested on',
  'consentDoc.field.requestedBy': 'Requested by',
  'consentDoc.section.meaning': 'What this means',
  'consentDoc.section.answer': 'The parent’s answer',
  'consentDoc.pending':
    'Not answered yet. Mark one box, sign and date this form, and return it to the school, or answer in the family portal.',
  'consentDoc.box.given': '☐  I give my consent.',
  'consentDoc.box.refused': '☐  I do not give my consent.',
  'consentDoc.signatureLine': 'Parent signature: ______________________________   Date: ______________',
  'consentDoc.field.answer': 'Answer',
  'consentDoc.field.signer': 'Signed by',
  'consentDoc.field.signedOn': 'Signed on',
  'consentDoc.field.method': 'How',
  'consentDoc.field.recordedBy': 'Recorded by',
  'consentDoc.field.confirmed': 'Signature',
  'consentDoc.confirmedText': 'Typed name, with the box ticked confirming it is the parent’s signature',
  'consentDoc.section.revocation': 'Revocation',
  'consentDoc.field.revokedOn': 'Revoked on',
  'consentDoc.field.note': 'Note',
  'consentDoc.revocationNotRetroactive':
    'The revocation is not retroactive: it does not undo what was done while consent stood (34 CFR 300.9(c)(2)).',
  'noticeDoc.title': 'Prior written notice',
  'noticeDoc.subject': 'Prior written notice (34 CFR 300.503)',
  'noticeDoc.intro':
    'The district must tell you in writing, a reasonable time before it proposes or refuses to start or change your child’s identification, evaluation, educational placement or special education services. This notice tells you what the district proposes or refuses, and why.',
  'noticeDoc.draft': 'DRAFT — not yet issued to the parents',
  'noticeDoc.section.notice': 'The notice',
  'noticeDoc.field.action': 'Action',
  'noticeDoc.field.issued': 'Issued',
  'noticeDoc.notIssued': 'Not issued',
} as const satisfies Record<string, string>;
