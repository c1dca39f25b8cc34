import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { reportCaughtError } from '../../src/app/route-boundary';
import { FeedError } from '../../src/feed/feed-error';
import { sampleFeed } from '../fixtures';
import { msw } from '../msw-server';
import { FEED_URL, renderApp, serveFeed } from '../render-app';

/** The feed answers 404 the first time, then is back. */
function missingOnce() {
  const feed = { calls: 0 };
  msw.use(
    http.get(FEED_URL, () => {
      feed.calls += 1;
      return feed.calls === 1
        ? new HttpResponse(null, { status: 404 })
        : HttpResponse.json(sampleFeed);
    }),
  );
  return feed;
}

describe('feed errors', () => {
  it.each([
    ['an HTTP 404', 'Not Found', 404, '無法取得新聞資料', /HTTP 404/],
    [
      'an HTML error page',
      '<!doctype html><title>Bad gateway</title>',
      200,
      '新聞來源傳回的是網頁，不是新聞資料',
      /is not JSON/,
    ],
    ['invalid JSON', '{"version": ', 200, '新聞資料損壞，無法讀取', /is not JSON/],
    [
      'JSON that is not a JSON Feed',
      { rss: {} },
      200,
      '這不是可以閱讀的新聞資料',
      /version: is missing/,
    ],
  ])(
    'explains %s in Chinese, with the technical cause for operators',
    async (_, body, status, title, detail) => {
      serveFeed(body, { status });
      renderApp('/');
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByRole('heading', { level: 1, name: title })).toBeVisible();
      expect(screen.getByText('技術細節（給網站管理者）')).toBeInTheDocument();
      expect(screen.getByText(detail)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: '重試' })).toBeEnabled();
      // The header and its controls stay usable.
      expect(screen.getByRole('group', { name: '字級' })).toBeVisible();
    },
  );

  it('retries a server error by itself, then shows the feed', async () => {
    let calls = 0;
    msw.use(
      http.get(FEED_URL, () => {
        calls += 1;
        return calls < 3 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(sampleFeed);
      }),
    );
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: '青禾新聞（示範）' }),
    ).toBeVisible();
    expect(calls).toBe(3);
  });

  it('does not retry a 404 by itself, and 重試 recovers in place once the feed is back', async () => {
    const feed = missingOnce();
    const { router } = renderApp('/sections/local');
    await screen.findByRole('alert');
    expect(feed.calls).toBe(1);

    await userEvent.click(screen.getByRole('button', { name: '重試' }));
    expect(await screen.findByRole('heading', { level: 1, name: '本地' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(router.pathname()).toBe('/sections/local');
  });

  it('fetches the feed again when the reader goes elsewhere from the error page', async () => {
    const feed = missingOnce();
    const { router } = renderApp('/sections/local');
    await screen.findByRole('alert');

    await userEvent.click(screen.getByRole('link', { name: '回到首頁' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: '青禾新聞（示範）' }),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(router.pathname()).toBe('/');
    expect(feed.calls).toBe(2);
  });
});

describe('what the error pages report to the console', () => {
  it('logs a page that failed to render, not feed trouble the page explains', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    reportCaughtError(new FeedError('http', 'feed.json answered HTTP 404', 404), {
      componentStack: '',
    });
    expect(logged).not.toHaveBeenCalled();
    const bug = new TypeError('cannot read properties of undefined');
    reportCaughtError(bug, { componentStack: '\n    at ArticleBody' });
    expect(logged).toHaveBeenCalledWith(bug, '\n    at ArticleBody');
  });
});

describe('unknown paths', () => {
  it('shows 找不到 with a way home', async () => {
    serveFeed(sampleFeed);
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: '找不到這個頁面' })).toBeVisible();
    expect(screen.getByRole('link', { name: '回到首頁' })).toHaveAttribute('href', '/');
  });
});
