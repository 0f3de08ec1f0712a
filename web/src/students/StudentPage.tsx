/**
 * One student: profile, special-education status, parents and guardians, and who has looked at the
 * record (34 CFR 300.614). What is shown follows the API: a field the caller may not see is absent
 * from the response, and so from the page.
 */
import { type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { getStudent } from './api';
import { isNotFound, useApiQuery } from '../ui/query';
import { studentKey } from './keys';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { StatusBadge } from '../ui/StatusBadge';
import { useT } from '../i18n';
import { ageInYears, disabilityLabel, formatIsoDate, gradeLabel, languageName } from '../labels';
import type { Guardian, Student } from '../types';
import { PlansSection } from '../plan/PlansSection';
import { CaseSection } from '../case/CaseSection';
import { MeetingsSection } from '../meetings/MeetingsSection';
import { ConsentsSection } from '../consents/ConsentsSection';
import { FamilySection } from '../family/FamilySection';
import { ExitSection } from '../exit/ExitSection';
import { AccessLog } from './AccessLog';

function fullName(s: { firstName: string; middleName?: string | null; lastName: string }): string {
  return [s.firstName, s.middleName, s.lastName].filter(Boolean).join(' ');
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function BackLink() {
  const t = useT();
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const to = typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
  return (
    <p className="back-link">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {t('student.back')}
      </Link>
    </p>
  );
}

export default function StudentPage() {
  const { id = '' } = useParams();
  const t = useT();
  const query = useApiQuery(studentKey(id), (signal) => getStudent(id, signal));
  // 404 is also the answer for a record the caller may not see; 400 for an id that is not one.
  const notFound = query.isError && isNotFound(query.error);

  const title = query.data
    ? fullName(query.data)
    : notFound
      ? t('student.notFound.title')
      : query.isError
        ? t('student.error')
        : t('common.loading');
  useDocumentTitle(title);

  if (query.isPending) {
    return (
      <>
        <BackLink />
        <p role="status" className="list-status">
          {t('student.loading')}
        </p>
      </>
    );
  }
  if (notFound) {
    return (
      <>
        <BackLink />
        <PageHeading>{t('student.notFound.title')}</PageHeading>
        <p>{t('student.notFound.body')}</p>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <BackLink />
        <PageHeading>{t('student.error')}</PageHeading>
        <ErrorMessage error={query.error} message={t('student.error')} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return <StudentRecord student={query.data} />;
}

function StudentRecord({ student: s }: { student: Student }) {
  const t = useT();
  const intl = useIntl();
  const name = fullName(s);
  return (
    <>
      <BackLink />
      <div className="record-head">
        <PageHeading>{name}</PageHeading>
        <p className="lede">
          {t('student.summary', { grade: gradeLabel(intl, s.grade), school: s.schoolName })}{' '}
          <StatusBadge status={s.spedStatus} />
        </p>
      </div>

      <div className="record-grid">
        <ProfileCard s={s} />
        <SpedCard s={s} />
      </div>

      <CaseSection student={s} name={name} />
      {s.disciplineAbilities.view && (
        <section className="record-section" aria-labelledby="discipline-link-heading">
          <h2 id="discipline-link-heading">{t('discipline.card.heading')}</h2>
          <p>{t('discipline.card.body')}</p>
          <p>
            <Link className="button button-secondary" to={`/students/${encodeURIComponent(s.id)}/discipline`}>
              {t('discipline.card.open')}
            </Link>
          </p>
        </section>
      )}
      <PlansSection student={s} name={name} />
      <MeetingsSection student={s} name={name} />
      <ConsentsSection student={s} name={name} />
      <FamilySection student={s} name={name} />
      <ExitSection student={s} name={name} />

      {s.guardians !== undefined && (
        <section aria-labelledby="guardians-heading" className="record-section">
          <h2 id="guardians-heading">{t('student.section.guardians')}</h2>
          {s.guardians.length === 0 ? (
            <p className="empty">{t('guardian.none')}</p>
          ) : (
            <ul className="guardian-list">
              {s.guardians.map((g) => (
                <GuardianCard key={g.id} guardian={g} />
              ))}
            </ul>
          )}
        </section>
      )}

      {s.abilities.viewAccessLog && <AccessLog studentId={s.id} studentName={name} />}
    </>
  );
}

/** Who the student is: birth date and age, grade, school, languages, ids. */
function ProfileCard({ s }: { s: Student }) {
  const t = useT();
  const intl = useIntl();
  const age = ageInYears(s.dateOfBirth);
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('student.section.profile')}</h2>
      <dl className="facts">
        <Fact term={t('student.field.dateOfBirth')}>
          {formatIsoDate(intl, s.dateOfBirth)}
          {age !== null && <span className="muted"> ({t('student.field.age', { age })})</span>}
        </Fact>
        <Fact term={t('student.field.grade')}>{gradeLabel(intl, s.grade)}</Fact>
        <Fact term={t('student.field.school')}>{s.schoolName}</Fact>
        <Fact term={t('student.field.primaryLanguage')}>{languageName(intl, s.primaryLanguage)}</Fact>
        <Fact term={t('student.field.homeLanguage')}>{languageName(intl, s.homeLanguage)}</Fact>
        <Fact term={t('student.field.englishLearner')}>{s.englishLearner ? t('common.yes') : t('common.no')}</Fact>
        {s.localId !== undefined && <Fact term={t('student.field.localId')}>{s.localId}</Fact>}
        {s.stateId !== undefined && (
          <Fact term={t('student.field.stateId')}>
            {s.stateId ?? <span className="muted">{t('common.notRecorded')}</span>}
          </Fact>
        )}
      </dl>
    </section>
  );
}

/** Special education: the status, the disability categories the reader may see, the case managers. */
function SpedCard({ s }: { s: Student }) {
  const t = useT();
  const intl = useIntl();
  return (
    <section className="card" aria-labelledby="sped-heading">
      <h2 id="sped-heading">{t('student.section.sped')}</h2>
      <dl className="facts">
        <Fact term={t('student.field.status')}>
          <StatusBadge status={s.spedStatus} />
        </Fact>
        {s.primaryDisability !== undefined && (
          <Fact term={t('student.field.primaryDisability')}>
            {s.primaryDisability ? (
              disabilityLabel(intl, s.primaryDisability)
            ) : (
              <span className="muted">{t('common.none')}</span>
            )}
          </Fact>
        )}
        {s.secondaryDisability !== undefined && s.secondaryDisability !== null && (
          <Fact term={t('student.field.secondaryDisability')}>{disabilityLabel(intl, s.secondaryDisability)}</Fact>
        )}
        <Fact term={t('student.field.caseManagers')}>
          {s.caseManagers.length ? (
            s.caseManagers.map((c) => c.name).join(', ')
          ) : (
            <span className="muted">{t('students.noCaseManager')}</span>
          )}
        </Fact>
      </dl>
    </section>
  );
}

function GuardianCard({ guardian: g }: { guardian: Guardian }) {
  const t = useT();
  const intl = useIntl();
  const hasContact = Boolean(g.email || g.phone);
  return (
    <li className="card guardian" data-testid="guardian">
      <h3>
        {g.firstName} {g.lastName}
      </h3>
      <p className="guardian-relationship">{t('guardian.relationship', { relationship: g.relationship })}</p>
      <dl className="facts">
        <Fact term={t('guardian.educationalRights')}>
          {g.educationalRights ? t('guardian.hasRights') : t('guardian.noRights')}
        </Fact>
        <Fact term={t('guardian.livesWith')}>{g.livesWith ? t('common.yes') : t('common.no')}</Fact>
        <Fact term={t('guardian.preferredLanguage')}>{languageName(intl, g.preferredLanguage)}</Fact>
        {g.email && (
          <Fact term={t('guardian.email')}>
            <a href={`mailto:${g.email}`}>{g.email}</a>
          </Fact>
        )}
        {g.phone && (
          <Fact term={t('guardian.phone')}>
            <a href={`tel:${g.phone.replace(/[^\d+]/g, '')}`}>{g.phone}</a>
          </Fact>
        )}
      </dl>
      {!hasContact && <p className="muted">{t('guardian.noContact')}</p>}
    </li>
  );
}
