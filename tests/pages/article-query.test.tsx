import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { articleKey } from '../../src/archive/article-key';
import { msw } from '../msw-server';
import { FEED_URL, renderApp } from '../render-app';

const at = (path: string) => new URL(path, FEED_URL).href;
const HEADER = {
  version: 'https://jsonfeed.org/version/1.1',
  title: '檔案新聞',
  feed_url: FEED_URL,
};
const SECTIONS = [{ id: 'local', title: '本地', feed_url: 'sections/local/feed.json' }];

const story = (id: string, day: number) => ({
  id,
  title: `標題 ${id}`,
  content_text: `內文 ${id}`,
  date_published: new Date(Date.UTC(2026, 0, day)).toISOString(),
  _news: { section: 'local' },
});

/**
 * An archive as the tool writes it: feed.json with the newest story, a next page, a section
 * feed, and article documents; every request is counted by path.
 */
function serveArchive({
  article = 'found',
}: { article?: 'found' | '404' | 'html' | 'network' } = {}) {
  const requests: string[] = [];
  const count = (path: string) => requests.push(new URL(path).pathname);
  msw.use(
    http.get(FEED_URL, ({ request }) => {
      count(request.url);
      return HttpResponse.json({
        ...HEADER,
        next_url: 'pages/1.json',
        _news: { article_url: 'articles/{key}.json', sections: SECTIONS },
        items: [story('newest', 30)],
      });
    }),
    http.get(at('/pages/1.json'), ({ request }) => {
      count(request.url);
      return HttpResponse.json({ ...HEADER, items: [story('old/舊聞 #1', 2)] });
    }),
    http.get(at('/sections/local/feed.json'), ({ request }) => {
      count(request.url);
      return HttpResponse.json({
        ...HEADER,
        items: [story('newest', 30), story('section-older', 3)],
      });
    }),
    http.get(at('/articles/:key'), ({ request }) => {
      count(request.url);
      if (article === 'network') return HttpResponse.error();
      if (article === 'html') return HttpResponse.html('<!doctype html><title>新聞</title>');
      if (article === '404') return new HttpResponse(null, { status: 404 });
      return HttpResponse.json({ ...HEADER, items: [story('old/舊聞 #1', 2)] });
    }),
  );
  return requests;
}

const oldPath = `/articles/${encodeURIComponent('old/舊聞 #1')}`;
const documentPath = `/articles/${articleKey('old/舊聞 #1')}.json`;

describe('opening an article in an archive', () => {
  it('shows an article the feed already holds with no request beyond the feed', async () => {
    const requests = serveArchive();
    renderApp('/articles/newest');
    expect(await screen.findByRole('heading', { level: 1, name: '標題 newest' })).toBeVisible();
    expect(requests).toEqual(['/feed.json']);
  });

  it('reads an older article with exactly one request, for its own document', async () => {
    const requests = serveArchive();
    renderApp(oldPath);
    expect(
      await screen.findByRole('heading', { level: 1, name: '標題 old/舊聞 #1' }),
    ).toBeVisible();
    expect(screen.getByRole('article')).toHaveTextContent('內文 old/舊聞 #1');
    expect(requests).toEqual(['/feed.json', documentPath]);
  });

  it.each([
    ['a 404', '404'],
    ['an HTML page (a static host’s fallback)', 'html'],
  ] as const)('says 找不到 at once when the document is %s', async (_, article) => {
    const requests = serveArchive({ article });
    renderApp(oldPath);
    expect(await screen.findByRole('heading', { level: 1, name: '找不到這篇文章' })).toBeVisible();
    expect(requests).toEqual(['/feed.json', documentPath]);
  });

  it('keeps a network error a feed error, with 重試', async () => {
    serveArchive({ article: 'network' });
    renderApp(oldPath);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: '無法連線到新聞來源' },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: '重試' })).toBeVisible();
  });
});

describe('a section with its own feed', () => {
  it('lists stories older than the home feed and opens them with no further request', async () => {
    const requests = serveArchive();
    renderApp('/sections/local');
    const list = await screen.findByRole('region', { name: '本地新聞' });
    expect(within(list).getByRole('link', { name: '標題 section-older' })).toBeVisible();
    expect(requests).toEqual(['/feed.json', '/sections/local/feed.json']);

    await userEvent.click(within(list).getByRole('link', { name: '標題 section-older' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: '標題 section-older' }),
    ).toBeVisible();
    expect(requests).toEqual(['/feed.json', '/sections/local/feed.json']);
  });
});
