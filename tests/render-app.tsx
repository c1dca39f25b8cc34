import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../src/app/routes';
import { msw as server } from './msw-server';

/** Where the app fetches its feed under jsdom: `feed.json` beside the page. */
export const FEED_URL = new URL('/feed.json', window.location.href).href;

/** Renders the whole app (real routes, real query client settings) at `path`. */
export function renderApp(path = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  const router = createMemoryRouter(routes(queryClient), { initialEntries: [path] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
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
