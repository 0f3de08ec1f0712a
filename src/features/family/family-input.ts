/**
 * Parent concerns and student input for the next IEP (34 CFR 300.324(a)(1)(ii); 300.321(b)): the family adds
 * them from the portal; the case manager reads them and adds one to the draft IEP's present levels.
 */
import type { DataHandle, Scope } from '../../db/handle';
import type { FamilyInputRow } from '../../db/family-repo';
import type { ScopedStudent } from '../../db/students-repo';
import { AppError } from '../../domain/errors';
import { appendToPresentLevels, checkText, FAMILY_LIMITS, PRESENT_LEVELS_FIELD } from '../../domain/family';
import { emptyIepContent, type PresentLevels } from '../../domain/plan';
import { familyContext, familyContextOf, familyForbidden, familyNotFound, mayReadInput } from './context';
import { presentInput } from './presenter';
import { familyAreaVisible } from '../../policy/family';

/** The limit of a present-levels text field (src/api/plans.ts: text()). */
const PRESENT_LEVELS_MAX = 20_000;

const studentName = (s: ScopedStudent) => `${s.row.firstName} ${s.row.lastName}`;
const link = (studentId: string) => `/students/${studentId}#family`;

export async function addFamilyInput(handle: DataHandle, opts: { studentId: string; text: string }) {
  return handle.run(async (scope) => {
    const ctx = await familyContext(scope, opts.studentId);
    const kind = ctx.abilities.addInput;
    if (!kind) {
      if (ctx.portalOpensOn)
        throw familyForbidden(
          `The student portal opens on ${ctx.portalOpensOn} (age ${ctx.profile.studentPortalAge}).`,
        );
      throw familyForbidden(
        'Only a parent with educational rights, or the student from the portal age, adds input here.',
      );
    }
    const checked = checkText(opts.text, FAMILY_LIMITS.inputText);
    if (!checked.ok)
      throw new AppError('VALIDATION_FAILED', 'The text is not valid.', [{ path: 'text', message: checked.message }]);
    const row = await scope.family.addInput({
      studentId: opts.studentId,
      kind,
      authorRole: kind === 'parent_concern' ? 'guardian' : 'student',
      text: checked.text,
    });
    await scope.audit({
      action: 'family.input.add',
      studentId: opts.studentId,
      context: { inputId: row.id, kind, characters: checked.text.length },
    });
    const managers = await scope.notifications.caseManagersOf(opts.studentId);
    await scope.notifications.notify({
      userIds: managers.map((m) => m.userId),
      studentId: opts.studentId,
      kind: 'family_input',
      message: kind === 'parent_concern' ? 'notify.family.concern' : 'notify.family.studentInput',
      params: { student: studentName(ctx.student), author: scope.actor.name },
      link: link(opts.studentId),
      dedupeKey: `family_input:${row.id}`,
    });
    return presentInput(row);
  });
}

/** The newest draft IEP of the student that the actor may edit the present levels of, or null. */
async function draftIep(scope: Scope, student: ScopedStudent) {
  const plans = await scope.plans.forStudent(student);
  return (
    plans.find(
      (p) => p.plan.type === 'iep' && p.plan.status === 'draft' && p.abilities.editSections.includes('presentLevels'),
    ) ?? null
  );
}

export async function listFamilyInput(handle: DataHandle, opts: { studentId: string }) {
  return handle.read(async (scope) => {
    const ctx = await familyContext(scope, opts.studentId);
    if (!familyAreaVisible(scope.actor, ctx.student.row, ctx.abilities))
      throw familyNotFound('family input list', opts.studentId, opts.studentId);
    let rows: FamilyInputRow[] = [];
    if (ctx.abilities.readInput === 'all') rows = await scope.family.inputFor(opts.studentId);
    else if (ctx.abilities.readInput === 'own')
      rows = await scope.family.inputFor(opts.studentId, { authorUserId: scope.actor.userId });
    const draft = ctx.abilities.manage ? await draftIep(scope, ctx.student) : null;
    await scope.audit({
      action: 'family.input.list',
      studentId: opts.studentId,
      context: { shown: rows.length, scope: ctx.abilities.readInput },
    });
    return {
      data: rows.map(presentInput),
      abilities: ctx.abilities,
      draftPlanId: draft?.plan.id ?? null,
      portalOpensOn: ctx.portalOpensOn,
    };
  });
}

/** Resolves an input the actor manages (404 when they may not see it; 403 when it is their own but they do not manage). */
async function managedInput(scope: Scope, inputId: string) {
  // The repository answers only for an input of a student the actor sees (else 404, recorded).
  const { row, student } = await scope.family.input(inputId, { forUpdate: true });
  const ctx = await familyContextOf(scope, student);
  if (!ctx.abilities.manage) {
    if (mayReadInput(ctx, scope.actor.userId, row)) throw familyForbidden('The case manager adds input to the draft.');
    throw familyNotFound('family input', inputId, row.studentId);
  }
  return { row, ctx };
}

/**
 * Appends an input to the draft IEP's present levels (parentConcerns or studentInput), signed with who wrote it
 * and when, through the plan's own save (version bumped, audited as plan.update), and marks it added.
 */
export async function addInputToDraft(handle: DataHandle, opts: { inputId: string }) {
  return handle.run(async (scope) => {
    const { row, ctx } = await managedInput(scope, opts.inputId);
    if (row.planId)
      throw new AppError('INVALID_STATE', 'This input was already added to a draft.', [
        { path: 'planId', message: 'Already added.' },
      ]);
    const draft = await draftIep(scope, ctx.student);
    if (!draft)
      throw new AppError(
        'INVALID_STATE',
        'The student has no draft IEP to add it to. Start a draft (or an amendment) first.',
      );
    const { plan } = await scope.plans.get(draft.plan.id, { forUpdate: true });
    if (plan.status !== 'draft') throw new AppError('INVALID_STATE', 'Only a draft can be changed.');
    const field = PRESENT_LEVELS_FIELD[row.kind];
    const presentLevels: PresentLevels = {
      ...emptyIepContent().presentLevels,
      ...((plan.content.presentLevels as Partial<PresentLevels> | undefined) ?? {}),
    };
    const next = appendToPresentLevels(
      presentLevels[field],
      { text: row.text, authorName: row.authorName, writtenOn: row.createdAt.slice(0, 10) },
      PRESENT_LEVELS_MAX,
    );
    if (next === null) {
      throw new AppError('RULE_VIOLATION', 'The present levels would pass their length limit; shorten them first.', [
        { path: `presentLevels.${field}`, message: `At most ${PRESENT_LEVELS_MAX} characters.` },
      ]);
    }
    const version = await scope.plans.save(
      plan.id,
      plan.version,
      { ...plan.content, presentLevels: { ...presentLevels, [field]: next } },
      plan.dates,
    );
    await scope.audit({
      action: 'plan.update',
      studentId: row.studentId,
      context: { planId: plan.id, fromVersion: plan.version, sections: ['presentLevels'], familyInputId: row.id },
    });
    await scope.family.acknowledgeInput(row.id, plan.id);
    await scope.audit({
      action: 'family.input.add_to_draft',
      studentId: row.studentId,
      context: { inputId: row.id, planId: plan.id, field },
    });
    await scope.notifications.notify({
      userIds: [row.authorUserId],
      studentId: row.studentId,
      kind: 'family_input',
      message: 'notify.family.inputAdded',
      params: { student: studentName(ctx.student), by: scope.actor.name },
      link: link(row.studentId),
      dedupeKey: `family_input_added:${row.id}`,
    });
    const updated = (await scope.family.input(row.id)).row;
    return { input: presentInput(updated), plan: { id: plan.id, version, field } };
  });
}

/** Staff mark an input read without adding it to a draft. */
export async function acknowledgeInput(handle: DataHandle, opts: { inputId: string }) {
  return handle.run(async (scope) => {
    const { row } = await managedInput(scope, opts.inputId);
    await scope.family.acknowledgeInput(row.id, null);
    await scope.audit({ action: 'family.input.acknowledge', studentId: row.studentId, context: { inputId: row.id } });
    return presentInput((await scope.family.input(row.id)).row);
  });
}
