import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { z } from 'zod';
import { AppProviders } from '@/app/providers';
import { createRoutes } from '@/app/routes';
import { createQueryClient } from '@/lib/query-client';
import './index.css';

// zod's JIT compiles validators with `new Function`, which a strict Content-Security-Policy forbids.
z.config({ jitless: true });

const queryClient = createQueryClient();
const router = createBrowserRouter(createRoutes(queryClient));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
