import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';
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
