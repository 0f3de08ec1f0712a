/**
 * Who may see and keep a student's discipline record (removals, the count against 10, pattern determinations, the
 * 300.530(h) notices and manifestation determinations). Built on the case clock's policy (src/policy/case.ts), since
 * discipline starts and stops legal clocks:
 * - recording (and voiding a mistaken record) is for whoever records case events: the case manager, the principal,
 *   a district administrator;
 * - reading is for whoever follows the case clock: those three, an assigned related-service provider, the parents
 *   and the student themself. Parents see their child's removals and MDRs: they are education records the parents
 *   may inspect (300.613), the removals are notified to them, and the MDR is held with them (300.530(e), (h)).
 * - A general education teacher does not see it here, as with the clock: the teacher takes part in deciding services
 *   after day 10 (300.530(d)(4)) with the school personnel who hold the record, and the MDR's answers concern the
 *   disability, which the teacher's view of the student leaves out (src/policy/student.ts).
 * A student someone may not see at all is a 404 for them (the student policy decides that first).
 */
import type { Actor, StudentFacts } from './actor';
import { caseAbilities } from './case';

export interface DisciplineAbilities {
  view: boolean;
  record: boolean;
}

export function disciplineAbilities(actor: Actor, student: StudentFacts): DisciplineAbilities {
  const c = caseAbilities(actor, student);
  return { view: c.view, record: c.view && c.record };
}
