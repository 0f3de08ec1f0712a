/** Routes. The student and plan pages are loaded on demand so the first load stays small. */
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
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

/** The signed-in pages loaded on demand, by path (under the frame). */
const LAZY_PAGES: readonly { path: string; Page: LazyExoticComponent<ComponentType> }[] = [
  { path: 'students/:id', Page: lazy(() => import('./students/StudentPage')) },
  { path: 'students/:id/discipline', Page: lazy(() => import('./discipline/DisciplinePage')) },
  { path: 'plans/:id', Page: lazy(() => import('./plan/PlanPage')) },
  { path: 'meetings/:id', Page: lazy(() => import('./meetings/MeetingPage')) },
  { path: 'compliance', Page: lazy(() => import('./reports/CompliancePage')) },
  { path: 'inbox', Page: lazy(() => import('./notifications/InboxPage')) },
  { path: 'admin/outbox', Page: lazy(() => import('./notifications/OutboxPage')) },
  { path: 'admin/settings', Page: lazy(() => import('./settings/SettingsPage')) },
];

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
          {LAZY_PAGES.map(({ path, Page }) => (
            <Route
              key={path}
              path={path}
              element={
                <Suspense fallback={<Loading />}>
                  <Page />
                </Suspense>
              }
            />
          ))}
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
