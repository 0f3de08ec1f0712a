/** Home: the list of students the person may see, named for who they are (a case manager's caseload, a parent's children). */
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

/** Parents and students have one or two records: no filters. */
export function showsFilters(role: string): boolean {
  return role !== 'guardian' && role !== 'student';
}

export function HomePage() {
  const t = useT();
  const user = useUser();
  const title = t(homeTitle(user.role));
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
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
