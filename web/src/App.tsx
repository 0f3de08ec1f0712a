/** Routes. The student and plan pages are loaded on demand so the first load stays small. */
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout, PublicLayout } from './ui/Layout';
import { LocaleProvider, useT } from './i18n';
import { HomePage, StudentsPage } from './students/HomePage';
import { NotFoundPage } from './ui/NotFoundPage';
import { SignInPage } from './accounts/SignInPage';
import { ForgotPasswordPage } from './accounts/ForgotPasswordPage';
import { SetPasswordPage } from './accounts/SetPasswordPage';
import { RequireSignIn, SessionProvider, useSession } from './session';
import { QueryProvider } from './ui/query';

const StudentPage = lazy(() => import('./students/StudentPage'));
const DisciplinePage = lazy(() => import('./discipline/DisciplinePage'));
const PlanPage = lazy(() => import('./plan/PlanPage'));
const MeetingPage = lazy(() => import('./meetings/MeetingPage'));
const CompliancePage = lazy(() => import('./reports/CompliancePage'));
const InboxPage = lazy(() => import('./notifications/InboxPage'));
const OutboxPage = lazy(() => import('./notifications/OutboxPage'));
const SettingsPage = lazy(() => import('./settings/SettingsPage'));

function Loading() {
  const t = useT();
  return (
    <p role="status" className="list-status">
      {t('common.loading')}
    </p>
  );
}

/** Until GET /me has answered, nothing is routed: the sign-in page and the guarded pages both depend on it. */
function AppRoutes() {
  const { state, retry } = useSession();
  const t = useT();
  if (state.status === 'loading') {
    return (
      <div className="app-loading" role="status">
        {t('app.loading')}
      </div>
    );
  }
  if (state.status === 'unavailable') {
    return (
      <PublicLayout>
        <div className="notice notice-error" role="alert">
          <p>{t('common.error.network')}</p>
          <button type="button" className="button button-secondary" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      </PublicLayout>
    );
  }
  return (
    <Routes>
      <Route
        path="/sign-in"
        element={
          <PublicLayout>
            <SignInPage />
          </PublicLayout>
        }
      />
      <Route
        path="/forgot-password"
        element={
          <PublicLayout>
            <ForgotPasswordPage />
          </PublicLayout>
        }
      />
      <Route
        path="/set-password"
        element={
          <PublicLayout>
            <SetPasswordPage />
          </PublicLayout>
        }
      />
      <Route element={<RequireSignIn />}>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="students" element={<StudentsPage />} />
          <Route
            path="students/:id"
            element={
              <Suspense fallback={<Loading />}>
                <StudentPage />
              </Suspense>
            }
          />
          <Route
            path="students/:id/discipline"
            element={
              <Suspense fallback={<Loading />}>
                <DisciplinePage />
              </Suspense>
            }
          />
          <Route
            path="plans/:id"
            element={
              <Suspense fallback={<Loading />}>
                <PlanPage />
              </Suspense>
            }
          />
          <Route
            path="meetings/:id"
            element={
              <Suspense fallback={<Loading />}>
                <MeetingPage />
              </Suspense>
            }
          />
          <Route
            path="compliance"
            element={
              <Suspense fallback={<Loading />}>
                <CompliancePage />
              </Suspense>
            }
          />
          <Route
            path="inbox"
            element={
              <Suspense fallback={<Loading />}>
                <InboxPage />
              </Suspense>
            }
          />
          <Route
            path="admin/outbox"
            element={
              <Suspense fallback={<Loading />}>
                <OutboxPage />
              </Suspense>
            }
          />
          <Route
            path="admin/settings"
            element={
              <Suspense fallback={<Loading />}>
                <SettingsPage />
              </Suspense>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <QueryProvider>
      <BrowserRouter>
        <LocaleProvider>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </LocaleProvider>
      </BrowserRouter>
    </QueryProvider>
  );
}
