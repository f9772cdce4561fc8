// First, before any module that touches a schema.
import '@/lib/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from '@/app/providers';
import { AppRoutes } from '@/app/routes';
import { createQueryClient } from '@/lib/query-client';
import { reportCaughtError } from '@/lib/report-caught-error';
import { applyTheme, readThemePreference } from '@/features/theme/theme-preference';
import './index.css';

// Before the first render, so a stored light or dark choice is what the page first paints.
applyTheme(readThemePreference());

const queryClient = createQueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root, { onCaughtError: reportCaughtError }).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
