import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { MAX_PAGES } from '../../src/feed/feed-query';
import { msw } from '../msw-server';
import { FEED_URL, renderApp } from '../render-app';

const pageUrl = (n: number) => new URL(`/feed-${n}.json`, FEED_URL).href;

/** A feed of `count` pages of `perPage` stories each, linked by next_url; counts requests. */
function servePages(count: number, perPage: number, nextOf = (n: number) => pageUrl(n + 1)) {
  const requested: number[] = [];
  const page = (n: number) => ({
    version: 'https://jsonfeed.org/version/1.1',
    title: '分頁新聞',
    ...(n < count ? { next_url: nextOf(n) } : {}),
    items: Array.from({ length: perPage }, (_, i) => ({
      id: `p${n}-${i}`,
      title: `第 ${n} 頁第 ${i} 則`,
      content_text: '內文',
      tags: [n === count ? '末頁分類' : '一般'],
      date_published: new Date(Date.UTC(2026, 10, 28 - n, 12, 59 - i)).toISOString(),
    })),
  });
  msw.use(
    http.get(FEED_URL, () => {
      requested.push(1);
      return HttpResponse.json(page(1));
    }),
    http.get(/\/feed-(\d+)\.json$/, ({ request }) => {
      const n = Number(/feed-(\d+)/.exec(request.url)?.[1]);
      requested.push(n);
      return HttpResponse.json(page(n));
    }),
  );
  return requested;
}

describe('a paginated feed (next_url)', () => {
  it('loads the next page when the reader reaches the end of the list', async () => {
    const requested = servePages(3, 10);
    renderApp('/');
    const latest = await screen.findByRole('region', { name: '最新新聞' });
    expect(within(latest).getAllByRole('listitem')).toHaveLength(9);
    expect(requested).toEqual([1]);

    await userEvent.click(screen.getByRole('button', { name: '載入更多新聞' }));
    expect(await within(latest).findByText('第 2 頁第 9 則')).toBeVisible();
    expect(within(latest).getAllByRole('listitem')).toHaveLength(19);
    expect(within(latest).getByRole('link', { name: '第 2 頁第 0 則' })).toHaveFocus();
    expect(requested).toEqual([1, 2]);

    await userEvent.click(screen.getByRole('button', { name: '載入更多新聞' }));
    expect(await within(latest).findByText('第 3 頁第 9 則')).toBeVisible();
    expect(screen.queryByRole('button', { name: /更多/ })).not.toBeInTheDocument();
  });

  it('follows pages to find a deep-linked article beyond the first', async () => {
    const requested = servePages(4, 5);
    renderApp('/articles/p3-2');
    expect(await screen.findByRole('heading', { level: 1, name: '第 3 頁第 2 則' })).toBeVisible();
    expect(requested).toEqual([1, 2, 3]);
  });

  it('follows pages to find a section that only later pages name', async () => {
    servePages(3, 5);
    renderApp(`/sections/${encodeURIComponent('末頁分類')}`);
    expect(await screen.findByRole('heading', { level: 1, name: '末頁分類' })).toBeVisible();
  });

  it(`gives up after ${MAX_PAGES} pages with a clear not-found`, async () => {
    const requested = servePages(MAX_PAGES + 10, 1);
    renderApp('/articles/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: '找不到這篇文章' })).toBeVisible();
    expect(requested).toHaveLength(MAX_PAGES);
  });

  it('stops at a next_url that loops back', async () => {
    const requested = servePages(5, 2, (n) => (n === 2 ? FEED_URL : pageUrl(n + 1)));
    renderApp('/articles/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: '找不到這篇文章' })).toBeVisible();
    expect(requested).toEqual([1, 2]);
  });
});
