/** Add a member to the team: a staff member or guardian from the lists, or anyone by name (34 CFR 300.321(a)). */
import { useId } from 'react';
import { participantInputSchema } from '../../../src/api/meetings';
import { PARTICIPANT_ROLES } from '../../../src/domain/meetings';
import { useT } from '../i18n';
import { useForm, type Form } from '../ui/form';
import { useApiQuery } from '../ui/query';
import { addParticipant, getInvitable, type Meeting } from './api';
import { invitableKey } from './keys';
import { codeLabel } from './text';
import { useActionError } from './useAction';

type Role = (typeof PARTICIPANT_ROLES)[number];
type MemberValues = { role: Role; userId: string; name: string; title: string; interprets: boolean; consentOn: string };

export function AddMember({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const id = useId();
  const form = useForm({
    initial: (): MemberValues => {
      const missing = meeting.team?.required.find((r) => !r.filled)?.requirement;
      const role =
        missing === 'special_education' ? 'special_education_teacher' : (missing ?? 'general_education_teacher');
      return { role: role as Role, userId: '', name: '', title: '', interprets: false, consentOn: '' };
    },
    schema: participantInputSchema,
    toInput: (v) => ({
      role: v.role,
      title: v.title,
      interpretsEvaluations: v.interprets,
      ...(v.role === 'parent' && v.userId ? { guardianId: v.userId } : v.userId ? { userId: v.userId } : {}),
      ...(v.name.trim() ? { name: v.name.trim() } : {}),
      ...(v.role === 'agency' ? { agencyConsentOn: v.consentOn || null } : {}),
    }),
    // Whatever the API says about the name, the person is asked for one in their language.
    message: (e) => (e.path === 'name' ? t('meetings.add.nameNeeded') : e.message),
    onSubmit: async (body, v) => {
      onChange(await addParticipant(meeting.id, body));
      form.reset({ ...v, userId: '', name: '', title: '', interprets: false, consentOn: '' });
    },
  });
  const error = useActionError(form.error);
  const { values } = form;
  const nameError = form.errors.name;

  return (
    <form className="meeting-subform meeting-add" aria-labelledby={`${id}-title`} onSubmit={(e) => void form.submit(e)}>
      <h3 id={`${id}-title`}>{t('meetings.add.title')}</h3>
      <WhoFields meeting={meeting} form={form} id={id} />
      {!values.userId && (
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('meetings.add.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={200}
            value={values.name}
            onChange={(e) => form.set('name', e.target.value)}
            aria-invalid={Boolean(nameError)}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
          />
          {nameError && (
            <span id={`${id}-name-error`} className="field-error">
              {nameError}
            </span>
          )}
        </div>
      )}
      <MemberDetails form={form} id={id} />
      {error && !nameError && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={form.pending}>
        {form.pending ? t('meetings.add.pending') : t('meetings.add.submit')}
      </button>
    </form>
  );
}

/** The member's role, and who from the staff or the guardians (or someone else, by name). */
function WhoFields({ meeting, form, id }: { meeting: Meeting; form: Form<MemberValues>; id: string }) {
  const t = useT();
  const people = useApiQuery(invitableKey(meeting.id), (signal) => getInvitable(meeting.id, signal)).data ?? null;
  const { role, userId } = form.values;
  const choices =
    role === 'parent'
      ? (people?.guardians ?? []).map((g) => ({ id: g.id, name: g.name }))
      : role === 'student' || role === 'agency'
        ? []
        : (people?.data ?? []).map((s) => ({ id: s.id, name: `${s.name} (${codeLabel(t, 'role', s.role)})` }));
  return (
    <div className="meeting-field-row">
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('meetings.add.role')}</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => form.setValues((v) => ({ ...v, role: e.target.value as Role, userId: '' }))}
        >
          {PARTICIPANT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`meetings.role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {choices.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-who`}>{t('meetings.add.who')}</label>
          <select id={`${id}-who`} value={userId} onChange={(e) => form.set('userId', e.target.value)}>
            <option value="">{t('meetings.add.someoneElse')}</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

/** The member's title, an agency's consent day, and whether they can interpret evaluations. */
function MemberDetails({ form, id }: { form: Form<MemberValues>; id: string }) {
  const t = useT();
  const { role, title, consentOn, interprets } = form.values;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-title-field`}>{t('meetings.add.titleField')}</label>
        <input
          id={`${id}-title-field`}
          type="text"
          maxLength={200}
          value={title}
          onChange={(e) => form.set('title', e.target.value)}
        />
      </div>
      {role === 'agency' && (
        <div className="field">
          <label htmlFor={`${id}-consent`}>{t('meetings.add.agencyConsent')}</label>
          <input
            id={`${id}-consent`}
            type="date"
            value={consentOn}
            onChange={(e) => form.set('consentOn', e.target.value)}
            aria-describedby={`${id}-consent-hint`}
          />
          <span id={`${id}-consent-hint`} className="hint">
            {t('meetings.add.agencyConsentHint')}
          </span>
        </div>
      )}
      {role !== 'parent' && role !== 'student' && role !== 'agency' && role !== 'evaluation_interpreter' && (
        <div className="field-check">
          <input
            id={`${id}-interprets`}
            type="checkbox"
            checked={interprets}
            onChange={(e) => form.set('interprets', e.target.checked)}
          />
          <label htmlFor={`${id}-interprets`}>{t('meetings.add.interprets')}</label>
        </div>
      )}
    </>
  );
}
