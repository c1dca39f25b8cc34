import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { queryClient } from './app/query-client';
import { routes } from './app/routes';
import './styles/tokens.css';
import './styles/global.css';
import './styles/cjk.css';

const router = createBrowserRouter(routes(queryClient), {
  basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
