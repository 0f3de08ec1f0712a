/**
 * The family's part on a student's page (issue 4, part 8). For a parent or the student: their concerns or input
 * for the next IEP, getting ready for meetings (the preparation checklist), asking for a meeting, seeing records
 * (the 45-day clock), and their rights (the safeguards notice in English and Spanish) — with plain-language help
 * next to each step. For the staff who manage the case: the family's input and requests, to act on.
 * Everyone else (teachers, providers) sees nothing here: the API answers them 404.
 */
import type { Student } from '../types';
import { listFamilyInput } from './api';
import { useT } from '../i18n';
import { useUser } from '../session';
import { ErrorMessage } from '../ui/ErrorMessage';
import { HelpRow } from '../ui/Help';
import { InputCard } from './InputCard';
import { MeetingRequestCard } from './MeetingRequestCard';
import { PrepareCard } from './PrepareCard';
import { RecordsCard } from './RecordsCard';
import { RightsCard } from './RightsCard';
import { StaffFamilyPanel } from './StaffFamilyPanel';
import { useLoad } from '../ui/query';
import { familyInputKey } from './keys';
import { isApiError } from '../api';

export function FamilySection({ student, name }: { student: Student; name: string }) {
  const t = useT();
  const user = useUser();
  const portal = user.abilities.portal;
  const family = portal !== null;
  // Teachers and providers never see what a family sent to the case manager: do not even ask (a refusal is audited).
  const skip = !student.familyAbilities.view;
  const [state, reload, update] = useLoad([...familyInputKey(student.id), skip], (signal) =>
    skip ? Promise.resolve(null) : listFamilyInput(student.id, signal),
  );

  if (state.phase === 'loading' || (state.phase === 'ready' && state.value === null)) return null;
  if (state.phase === 'error') {
    if (isApiError(state.error) && state.error.status === 404) return null;
    return (
      <section aria-labelledby="family-heading" className="record-section">
        <h2 id="family-heading">
          {family
            ? t(portal === 'student' ? 'portal.title.student' : 'portal.title.guardian', { name: student.firstName })
            : t('portal.staff.title')}
        </h2>
        <ErrorMessage error={state.error} message={t('portal.error.load')} onRetry={reload} />
      </section>
    );
  }
  const list = state.value;
  if (!list) return null;
  if (!family)
    return list.abilities.manage ? <StaffFamilyPanel studentId={student.id} list={list} onChanged={reload} /> : null;

  const isStudent = portal === 'student';
  const a = list.abilities;
  return (
    <section id="family" aria-labelledby="family-heading" className="record-section family-portal">
      <h2 id="family-heading">
        {t(isStudent ? 'portal.title.student' : 'portal.title.guardian', { name: student.firstName })}
      </h2>
      <p className="lede">
        {t(isStudent ? 'portal.intro.student' : 'portal.intro.guardian', { name: student.firstName })}
      </p>
      {/* The deadlines help sits with the deadlines (CaseSection). */}
      <HelpRow topics={['what-is-iep']} />
      <div className="family-grid">
        <InputCard
          studentId={student.id}
          list={list}
          onAdded={(row) => update((l) => (l ? { ...l, data: [row, ...l.data] } : l))}
        />
        {(a.prepare || !isStudent) && <PrepareCard studentId={student.id} canPrepare={a.prepare} />}
        {(a.requestMeeting || !isStudent) && (
          <MeetingRequestCard studentId={student.id} canRequest={a.requestMeeting} />
        )}
        {(a.requestRecords || !isStudent) && (
          <RecordsCard
            studentId={student.id}
            name={isStudent ? name : student.firstName}
            canRequest={a.requestRecords}
          />
        )}
        <RightsCard studentId={student.id} />
      </div>
    </section>
  );
}
