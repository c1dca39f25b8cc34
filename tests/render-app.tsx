import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { MemoryRouter, type NavigateFunction, useLocation, useNavigate } from 'react-router';
import { reportCaughtError } from '../src/app/route-boundary';
import { AppRoutes } from '../src/app/routes';
import { msw as server } from './msw-server';

/** Where the app fetches its feed under jsdom: `feed.json` beside the page. */
export const FEED_URL = new URL('/feed.json', window.location.href).href;

/**
 * Renders the whole app (real routes, real query client settings) at `path`. `router` says where
 * the app is and goes back or forward as the browser's buttons would.
 */
export function renderApp(path = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  const at: { pathname?: string; navigate?: NavigateFunction } = {};
  function WhereTheAppIs() {
    at.pathname = useLocation().pathname;
    at.navigate = useNavigate();
    return null;
  }
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <WhereTheAppIs />
      </MemoryRouter>
    </QueryClientProvider>,
    // As main.tsx does: an error page's cause is logged only when it is not feed trouble.
    { onCaughtError: reportCaughtError },
  );
  const router = {
    pathname: () => at.pathname,
    go: (delta: number) =>
      act(async () => {
        await at.navigate?.(delta);
      }),
  };
  return { ...view, router, queryClient };
}

/** Serves `body` as the feed (JSON-encoded unless it is already a string). */
export function serveFeed(body: unknown, init?: ResponseInit) {
  server.use(
    http.get(FEED_URL, () =>
      typeof body === 'string'
        ? new HttpResponse(body, init)
        : HttpResponse.json(body as JsonBodyType, init),
    ),
  );
}
