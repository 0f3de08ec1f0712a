import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
// The app's styles, one file per area; their order is the cascade's (a later rule wins a tie), so keep it.
import './ui/base.css';
import './ui/controls.css';
import './students/student-list.css';
import './ui/tables.css';
import './students/student-page.css';
import './ui/narrow.css';
import './plan/plan.css';
import './plan/plan-editor.css';
import './plan/plan-reading.css';
import './plan/goal-bank.css';
import './case/case.css';
import './reports/compliance.css';
import './plan/progress.css';
import './family/family.css';
import './notifications/notifications.css';
import './consents/consents.css';
import './meetings/meetings.css';
import './family/family-todo.css';
import './exit/exit.css';
import './ui/warnings.css';
import './ui/local-drafts.css';
import { adoptLegacyDrafts } from './local-drafts';

// Unsaved copies kept under their old names move to the one namespace sign-out looks in.
adoptLegacyDrafts();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
