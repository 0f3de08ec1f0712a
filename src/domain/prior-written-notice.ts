/**
 * Prior written notice (34 CFR 300.503): written notice to the parents a reasonable time before the district
 * proposes or refuses to initiate or change the identification, evaluation or educational placement of the child,
 * or the provision of FAPE. It must contain seven elements (300.503(b)) and be written in language understandable
 * to the general public, in the parent's native language unless it is clearly not feasible (300.503(c)).
 * Pure: no clock, no database.
 */

export const NOTICE_ACTIONS = ['proposes', 'refuses'] as const;
export type NoticeAction = (typeof NOTICE_ACTIONS)[number];

/** What the district proposes or refuses to initiate or change (300.503(a)). */
export const NOTICE_SUBJECTS = [
  'initial_evaluation',
  'reevaluation',
  'identification',
  'educational_placement',
  'fape',
  'end_of_services',
  'initial_services',
  'graduation',
] as const;
export type NoticeSubject = (typeof NOTICE_SUBJECTS)[number];

export const NOTICE_STATUSES = ['draft', 'issued'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** The seven elements of 300.503(b), in the order of the regulation. */
export const PWN_ELEMENTS = [
  {
    key: 'actionDescription',
    citation: '34 CFR 300.503(b)(1)',
    requirement: 'A description of the action proposed or refused by the agency',
  },
  {
    key: 'reasons',
    citation: '34 CFR 300.503(b)(2)',
    requirement: 'An explanation of why the agency proposes or refuses to take the action',
  },
  {
    key: 'evaluationsUsed',
    citation: '34 CFR 300.503(b)(3)',
    requirement:
      'A description of each evaluation procedure, assessment, record, or report the agency used as a basis for the proposed or refused action',
  },
  {
    key: 'safeguardsStatement',
    citation: '34 CFR 300.503(b)(4)',
    requirement:
      'A statement that the parents have protection under the procedural safeguards and, if this notice is not an initial referral for evaluation, the means by which a copy of a description of the procedural safeguards can be obtained',
  },
  {
    key: 'assistanceSources',
    citation: '34 CFR 300.503(b)(5)',
    requirement: 'Sources for parents to contact to obtain assistance in understanding the provisions of this part',
  },
  {
    key: 'optionsConsidered',
    citation: '34 CFR 300.503(b)(6)',
    requirement:
      'A description of other options that the IEP Team considered and the reasons why those options were rejected',
  },
  {
    key: 'otherFactors',
    citation: '34 CFR 300.503(b)(7)',
    requirement: 'A description of other factors that are relevant to the agency\u2019s proposal or refusal',
  },
] as const;
export type PwnElementKey = (typeof PWN_ELEMENTS)[number]['key'];
export const PWN_ELEMENT_KEYS = PWN_ELEMENTS.map<PwnElementKey>((e) => e.key);
export type PwnElements = Record<PwnElementKey, string>;

export interface NoticeFinding {
  /** `element.<key>` or `language`. */
  rule: string;
  /** The field the finding is about (the element key, or `language`). */
  path: string;
  citation: string;
  severity: 'error' | 'warning';
  message: string;
}

/** Each of the seven elements that is blank is a finding (an error: the notice cannot be issued). */
export function missingElements(elements: Partial<Record<PwnElementKey, string | null | undefined>>): NoticeFinding[] {
  return PWN_ELEMENTS.filter((e) => !(elements[e.key] ?? '').trim()).map((e) => ({
    rule: `element.${e.key}`,
    path: e.key,
    citation: e.citation,
    severity: 'error' as const,
    message: `Missing: ${e.requirement.charAt(0).toLowerCase()}${e.requirement.slice(1)}.`,
  }));
}

/**
 * The notice's language against the languages of the parents who hold educational rights (300.503(c)(1)(ii)).
 * `documentLanguages` are the languages the district can print a notice in. When a parent's language is one of
 * them and the notice is in none of the parents' languages, that is an error. When no parent's language can be
 * printed, the notice must be translated orally or by other means and that recorded (300.503(c)(2)): a warning.
 */
export function languageFinding(
  noticeLanguage: string,
  parentLanguages: readonly string[],
  documentLanguages: readonly string[],
): NoticeFinding | null {
  if (parentLanguages.length === 0 || parentLanguages.includes(noticeLanguage)) return null;
  const printable = parentLanguages.filter((l) => documentLanguages.includes(l));
  if (printable.length > 0) {
    return {
      rule: 'language',
      path: 'language',
      citation: '34 CFR 300.503(c)(1)(ii)',
      severity: 'error',
      message: `Write the notice in the parent's native language (${printable.join(', ')}).`,
    };
  }
  return {
    rule: 'language',
    path: 'language',
    citation: '34 CFR 300.503(c)(2)',
    severity: 'warning',
    message: `The parent's language (${parentLanguages.join(', ')}) is not a written language the district prints: translate the notice orally or by other means, and record that the parent understands it.`,
  };
}

export interface NoticeForCheck extends Partial<Record<PwnElementKey, string | null | undefined>> {
  language: string;
}

/** Everything that keeps a notice from being issued (errors) or that the district must act on (warnings). */
export function noticeFindings(
  notice: NoticeForCheck,
  parentLanguages: readonly string[],
  documentLanguages: readonly string[],
): NoticeFinding[] {
  const lang = languageFinding(notice.language, parentLanguages, documentLanguages);
  return [...missingElements(notice), ...(lang ? [lang] : [])];
}

/** A notice may be issued once it has no error finding. */
export function canIssue(findings: readonly NoticeFinding[]): boolean {
  return findings.every((f) => f.severity !== 'error');
}
