/**
 * The details an event's kind carries (RecordEventForm.tsx): eligibility and its categories, a delay's rule and
 * reason, a due process complaint, and the choices some kinds ask for; built from the controls in RecordEventFields.tsx.
 */
import { useIntl } from 'react-intl';
import {
  CONSENT_TYPES,
  DELAY_REASON_CODES,
  DELAY_REASONS,
  EXIT_REASONS,
  MEETING_PURPOSES,
  REFERRAL_SOURCES,
  delayAllowed,
} from '../../../src/domain/case-events';
import { CLOCK_RULES } from '../../../src/domain/case-clock';
import { DISABILITY_CATEGORY_CODES } from '../../../src/domain/disability';
import {
  consentTypeLabel,
  delayReasonLabel,
  exitReasonLabel,
  meetingPurposeLabel,
  referralSourceLabel,
  ruleLabel,
} from './labels';
import type { DetailField } from './event-form';
import { useT } from '../i18n';
import { disabilityLabel } from '../labels';
import { Check, Choice, DateField, FieldError, Hint, YesNo, type FieldKit } from './RecordEventFields';

function Categories({ k }: { k: FieldKit }) {
  const t = useT();
  const intl = useIntl();
  const { form, fid } = k;
  return (
    <fieldset
      className="field"
      aria-describedby={[`${fid('categories')}-hint`, k.errorOf('categories') ? `${fid('categories')}-error` : '']
        .filter(Boolean)
        .join(' ')}
    >
      <legend>{t('case.record.categories')}</legend>
      <Hint k={k} name="categories">
        {t('case.record.categoriesHint')}
      </Hint>
      <FieldError k={k} name="categories" />
      <div className="check-columns">
        {DISABILITY_CATEGORY_CODES.map((c) => (
          <span className="field-check" key={c}>
            <input
              id={fid(`cat-${c}`)}
              type="checkbox"
              checked={form.categories.includes(c)}
              onChange={(e) =>
                k.set('categories', e.target.checked ? [...form.categories, c] : form.categories.filter((x) => x !== c))
              }
            />
            <label htmlFor={fid(`cat-${c}`)}>{disabilityLabel(intl, c)}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

function Eligibility({ k }: { k: FieldKit }) {
  const t = useT();
  return (
    <>
      <YesNo
        k={k}
        name="eligible"
        legend={t('case.record.eligible')}
        yes={t('case.record.eligible.yes')}
        no={t('case.record.eligible.no')}
      />
      {k.form.eligible === 'yes' && <Categories k={k} />}
      {k.form.eligible === 'no' && <Check k={k} name="referredTo504" label={t('case.record.referredTo504')} />}
    </>
  );
}

function Delay({ k }: { k: FieldKit }) {
  const t = useT();
  const intl = useIntl();
  const { form } = k;
  const delayHint =
    form.delayRule && form.delayReason
      ? delayAllowed(form.delayReason, form.delayRule)
        ? t('case.record.delay.excuses', {
            citation: (DELAY_REASONS as Record<string, { citation: string }>)[form.delayReason]?.citation ?? '',
          })
        : t('case.record.delay.doesNotExcuse')
      : t('case.record.delay.hint');
  return (
    <>
      <Choice
        k={k}
        name="delayRule"
        label={t('case.record.delayRule')}
        options={CLOCK_RULES}
        labelOf={(v) => ruleLabel(intl, v)}
      />
      <Choice
        k={k}
        name="delayReason"
        label={t('case.record.delayReason')}
        options={DELAY_REASON_CODES}
        labelOf={(v) => delayReasonLabel(intl, v)}
        hint={<span aria-live="polite">{delayHint}</span>}
      />
    </>
  );
}

function DueProcess({ k }: { k: FieldKit }) {
  const t = useT();
  const intl = useIntl();
  return (
    <>
      <Choice
        k={k}
        name="filedBy"
        label={t('case.record.filedBy')}
        options={['parent', 'district']}
        labelOf={(v) => t(v === 'parent' ? 'case.record.filedBy.parent' : 'case.record.filedBy.district')}
      />
      {k.form.filedBy === 'district' && (
        <Choice
          k={k}
          name="overridesConsent"
          label={t('case.record.overridesConsent')}
          options={CONSENT_TYPES}
          labelOf={(v) => consentTypeLabel(intl, v)}
        />
      )}
    </>
  );
}

/** The choices some kinds ask for: a referral's source, a consent's type, a meeting's purpose, an exit's reason. */
function Choices({ k, fields }: { k: FieldKit; fields: readonly DetailField[] }) {
  const t = useT();
  const intl = useIntl();
  return (
    <>
      {fields.includes('source') && (
        <Choice
          k={k}
          name="source"
          label={t('case.record.source')}
          options={REFERRAL_SOURCES}
          labelOf={(v) => referralSourceLabel(intl, v)}
        />
      )}
      {fields.includes('consentType') && (
        <Choice
          k={k}
          name="consentType"
          label={t('case.record.consentType')}
          options={CONSENT_TYPES}
          labelOf={(v) => consentTypeLabel(intl, v)}
        />
      )}
      {fields.includes('purpose') && (
        <Choice
          k={k}
          name="purpose"
          label={t('case.record.purpose')}
          options={MEETING_PURPOSES}
          labelOf={(v) => meetingPurposeLabel(intl, v)}
        />
      )}
      {fields.includes('exitReason') && (
        <Choice
          k={k}
          name="exitReason"
          label={t('case.record.exitReason')}
          options={EXIT_REASONS}
          labelOf={(v) => exitReasonLabel(intl, v)}
        />
      )}
    </>
  );
}

/** The details the chosen kind carries, in the form's order. */
export function DetailFields({ k, fields, today }: { k: FieldKit; fields: readonly DetailField[]; today: string }) {
  const t = useT();
  const { form, fid } = k;
  return (
    <>
      <Choices k={k} fields={fields} />
      {fields.includes('eligibility') && <Eligibility k={k} />}
      {fields.includes('evaluation') && (
        <>
          <Check k={k} name="reevaluation" label={t('case.record.reevaluation')} />
          <DateField k={k} name="reportSharedOn" label={t('case.record.reportSharedOn')} max={today} />
        </>
      )}
      {fields.includes('partC') && (
        <DateField
          k={k}
          name="partCEligibleOn"
          label={t('case.record.partCEligibleOn')}
          hint={t('case.record.partCEligibleOnHint')}
          max={form.occurredOn || today}
        />
      )}
      {fields.includes('requestedBy') && (
        <div className="field">
          <label htmlFor={fid('requestedBy')}>{t('case.record.requestedBy')}</label>
          <FieldError k={k} name="requestedBy" />
          <input
            id={fid('requestedBy')}
            type="text"
            maxLength={200}
            value={form.requestedBy}
            aria-describedby={k.describedBy('requestedBy')}
            onChange={(e) => k.set('requestedBy', e.target.value)}
          />
        </div>
      )}
      {fields.includes('days') && (
        <div className="field field-number">
          <label htmlFor={fid('days')}>{t('case.record.days')}</label>
          <FieldError k={k} name="days" />
          <input
            id={fid('days')}
            type="number"
            min={1}
            inputMode="numeric"
            value={form.days}
            aria-invalid={k.errorOf('days') ? true : undefined}
            aria-describedby={k.describedBy('days')}
            onChange={(e) => k.set('days', e.target.value)}
          />
        </div>
      )}
      {fields.includes('manifestation') && (
        <YesNo
          k={k}
          name="manifestation"
          legend={t('case.record.manifestation')}
          yes={t('common.yes')}
          no={t('common.no')}
        />
      )}
      {fields.includes('scheduledFor') && (
        <DateField k={k} name="scheduledFor" label={t('case.record.scheduledFor')} required />
      )}
      {fields.includes('dueProcess') && <DueProcess k={k} />}
      {fields.includes('delay') && <Delay k={k} />}
    </>
  );
}
