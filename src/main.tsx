// First, before any module that touches a schema.
import '@/lib/zod-setup';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, HashRouter } from 'react-router';
import { AppProviders } from '@/app/providers';
import { AppRoutes, preloadPageAt } from '@/app/routes';
import { startPageLoadReads } from '@/app/page-reads';
import { createQueryClient } from '@/lib/query-client';
import { reportCaughtError } from '@/lib/report-caught-error';
import { applyTheme, readThemePreference } from '@/features/theme/theme-preference';
import { registerDemoWorker } from '@/demo/register-demo-worker';
import './index.css';

// Before the first render, so a stored light or dark choice is what the page first paints.
applyTheme(readThemePreference());

const queryClient = createQueryClient();

const found = document.getElementById('root');
if (!found) throw new Error('index.html has no #root element');
const root: HTMLElement = found;

// The static demo (npm run build:demo) has no server: hash routes work from any static host, and its API is a
// service worker that must control the page before the first read. Vite drops the unused branch from each build.
const staticDemo = import.meta.env.MODE === 'static-demo';
const Router = staticDemo ? HashRouter : BrowserRouter;

function render() {
  // Before anything renders: the page's reads take the answers the server's preload hint has started fetching (the
  // static demo has no hint, and its page is in the hash).
  startPageLoadReads(queryClient, staticDemo ? new URL(window.location.hash.slice(1) || '/', window.location.origin).pathname : window.location.pathname);
  const reactRoot = createRoot(root, { onCaughtError: reportCaughtError });
  // As a transition, React renders the first screen in slices of a few milliseconds, yielding between them, instead
  // of one long task: a first render also compiles most of React as it goes, and on a throttled phone that task
  // blocked input for hundreds of milliseconds (Lighthouse's TBT; docs/performance.md has the A/B).
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <AppProviders queryClient={queryClient}>
          <Router>
            <AppRoutes />
          </Router>
        </AppProviders>
      </StrictMode>,
    ),
  );
}

if (staticDemo) {
  registerDemoWorker().then(render, (error: unknown) => {
    root.textContent = error instanceof Error ? error.message : 'The demo could not start its embedded API.';
  });
} else {
  render();
  // Evaluates the page's code (on its way already, by the server's preload hint) as soon as it is in: a page whose code
  // is in by the time the route renders renders at once, without its skeleton. From a task of its own, so that a chunk
  // already fetched is not evaluated in the entry's task (the longest of a first load) but after it. The route reports
  // a failed load.
  setTimeout(() => void preloadPageAt(window.location.pathname).catch(() => undefined), 0);
}
