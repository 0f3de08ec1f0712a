/**
 * What the caller may do with the parts of one student's record that have their own routes: the case clock, the
 * consents and notices, the meetings, the family area, the discipline record and the summaries of performance. Each
 * is the answer of the policy those routes ask (with the same facts), so the web app shows exactly what the API
 * allows, and never asks for what it would refuse (a refusal is written to the student's access log).
 */
import type { Scope } from '../../db/handle';
import type { ScopedStudent } from '../../db/students-repo';
import { caseAbilities } from '../../policy/case';
import { studentConsentAbilities } from '../../policy/consent';
import { disciplineAbilities } from '../../policy/discipline';
import { familyAreaVisible } from '../../policy/family';
import { studentMeetingAbilities } from '../../policy/meeting';
import { summaryAbilities } from '../../policy/summary-of-performance';
import { consentFacts } from '../consents/context';
import { familyContextOf } from '../family/context';

export async function recordAbilities(scope: Scope, s: ScopedStudent) {
  const actor = scope.actor;
  const family = await familyContextOf(scope, s);
  return {
    caseAbilities: caseAbilities(actor, s.row),
    consentAbilities: studentConsentAbilities(actor, s.row, await consentFacts(scope, s)),
    meetingAbilities: studentMeetingAbilities(actor, s.row),
    familyAbilities: { view: familyAreaVisible(actor, s.row, family.abilities), manage: family.abilities.manage },
    disciplineAbilities: disciplineAbilities(actor, s.row),
    summaryAbilities: summaryAbilities(actor, s.row),
  };
}
