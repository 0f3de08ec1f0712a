/**
 * Home: for a case manager, a principal and a district administrator, "What is due" first (overdue and due
 * soon, most urgent first, each one action away from done); then the list of students the person may see,
 * named for who they are (a case manager's caseload, a parent's children).
 */
import { DuePanel } from '../components/case/DuePanel';
import { FamilyTodo } from '../components/family/FamilyTodo';
import { PageHeading, useDocumentTitle } from '../components/Page';
import { StudentList } from '../components/StudentList';
import type { MessageId } from '../../../src/documents/messages';
import { useT } from '../i18n';
import { useUser } from '../session';

function homeTitle(role: string): MessageId {
  switch (role) {
    case 'case_manager':
      return 'students.list.caseload';
    case 'guardian':
      return 'students.list.children';
    case 'student':
      return 'students.list.self';
    default:
      return 'students.list.title';
  }
}

/** Whose deadlines the "What is due" panel shows, by role; null: no panel. */
export function dueScope(role: string): 'caseload' | 'schools' | 'district' | null {
  switch (role) {
    case 'case_manager':
      return 'caseload';
    case 'principal':
      return 'schools';
    case 'district_admin':
      return 'district';
    default:
      return null;
  }
}

/** Parents and students have one or two records: no filters. */
export function showsFilters(role: string): boolean {
  return role !== 'guardian' && role !== 'student';
}

export function HomePage() {
  const t = useT();
  const user = useUser();
  const title = t(homeTitle(user.role));
  const scope = dueScope(user.role);
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {scope && <DuePanel scope={scope} />}
      {user.role === 'guardian' && <FamilyTodo />}
      {scope && <h2 className="home-students-heading">{t(`due.studentsHeading.${scope}`)}</h2>}
      {user.role === 'case_manager' && <p className="lede">{t('students.list.caseloadIntro')}</p>}
      <StudentList showFilters={showsFilters(user.role)} />
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
      <StudentList showFilters={showsFilters(user.role)} />
    </>
  );
}
