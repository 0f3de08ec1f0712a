/**
 * Home: for a case manager, a principal and a district administrator, "What is due" first (overdue and due
 * soon, most urgent first, each one action away from done); then the list of students the person may see,
 * named for who they are (a case manager's caseload, a parent's children).
 */
import { DuePanel } from '../case/DuePanel';
import { FamilyTodo } from '../family/FamilyTodo';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { StudentList } from './StudentList';
import type { MessageId } from '../../../src/documents/messages/index.ts';
import { useT } from '../i18n';
import { useUser } from '../session';
import type { AppAbilities } from '../types';

/** The page's title, for its reader: a case manager's caseload, a parent's children, the student's own record. */
function homeTitle(a: AppAbilities): MessageId {
  if (a.portal === 'parent') return 'students.list.children';
  if (a.portal === 'student') return 'students.list.self';
  return a.dueScope === 'caseload' ? 'students.list.caseload' : 'students.list.title';
}

export function HomePage() {
  const t = useT();
  const user = useUser();
  const title = t(homeTitle(user.abilities));
  // Whose deadlines the "What is due" panel shows (the server says; null: no panel).
  const scope = user.abilities.dueScope;
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {scope && <DuePanel scope={scope} />}
      {user.abilities.portal === 'parent' && <FamilyTodo />}
      {scope && <h2 className="home-students-heading">{t(`due.studentsHeading.${scope}`)}</h2>}
      {scope === 'caseload' && <p className="lede">{t('students.list.caseloadIntro')}</p>}
      <StudentList showFilters={user.abilities.searchStudents} />
    </>
  );
}

export function StudentsPage() {
  const t = useT();
  const user = useUser();
  const title = t('students.list.title');
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <StudentList showFilters={user.abilities.searchStudents} />
    </>
  );
}
