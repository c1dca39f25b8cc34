import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import 'fake-indexeddb/auto';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { keepStory } from '../../src/offline/story-store';
import { sampleFeed } from '../fixtures';
import { msw } from '../msw-server';
import { renderApp, serveFeed } from '../render-app';

/** The reader keeps index files it has read: each test has an archive of its own. */
const archiveFeed = (base: string) => ({
  ...sampleFeed,
  _news: { ...sampleFeed._news, search_url: `${base}index.json` },
});
const MANIFEST = { version: 1, shards: 1, stories: 2, per_file: 16 };

/** A one-shard index of two stories, one of them also in the feed. */
function serveIndex(base: string) {
  msw.use(
    http.get(`${base}index.json`, () => HttpResponse.json(MANIFEST)),
    http.get(`${base}shards/0.json`, () => HttpResponse.json({ 渡輪: [0, 1], 航行: [1] })),
    http.get(`${base}records/0.json`, () =>
      HttpResponse.json([
        ['archived-ferry', '十年前的渡輪', '舊碼頭的故事', '2016-01-01T00:00:00.000Z', 'local'],
        ['harbour-ferry', '港口渡輪恢復航行', '', '2026-11-21T04:00:00.000Z', 'local'],
      ]),
    ),
  );
}

describe('the search page', () => {
  it('with no query, says what search does and opens the field', async () => {
    serveFeed(sampleFeed);
    renderApp('/search');
    expect(await screen.findByRole('heading', { level: 1, name: '搜尋' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '開始搜尋' }));
    expect(screen.getByRole('searchbox', { name: '搜尋新聞' })).toHaveFocus();
  });

  it('lists loaded stories a 简体 query matches, with the match marked', async () => {
    serveFeed(sampleFeed);
    renderApp('/search?q=渡轮');
    const link = await screen.findByRole('link', { name: '港口渡輪恢復航行' });
    expect(within(link).getByText('渡輪').tagName).toBe('MARK');
    expect(screen.getByRole('status')).toHaveTextContent('有 1 則符合');
  });

  it('finds stories kept on this device that the feed no longer has', async () => {
    await keepStory({
      article: {
        id: 'kept-story',
        title: '保存的颱風新聞',
        body: { kind: 'text', text: '颱風' },
        authors: [],
        tags: [],
      },
      feedTitle: '青禾新聞（示範）',
      baseUrl: 'https://news.example/feed.json',
      fetchedAt: new Date(),
      openedAt: new Date(),
    });
    serveFeed(sampleFeed);
    renderApp('/search?q=台风');
    expect(await screen.findByRole('link', { name: '保存的颱風新聞' })).toBeInTheDocument();
    // The feed's story mentions 颱風 only in its summary: ranked after the title match.
    const links = screen.getAllByRole('link', { name: /颱風|渡輪/ });
    expect(links.map((link) => link.textContent)).toEqual(['保存的颱風新聞', '港口渡輪恢復航行']);
  });

  it('says when nothing matches, with a way on', async () => {
    serveFeed(sampleFeed);
    renderApp('/search?q=不存在');
    expect(await screen.findByText('找不到符合「不存在」的新聞。')).toHaveRole('status');
    expect(screen.getByRole('link', { name: '回到首頁' })).toBeInTheDocument();
  });

  it("searches the archive's index, listing what the loaded stories lack", async () => {
    const base = 'https://archive.example/a/search-index/';
    serveFeed(archiveFeed(base));
    serveIndex(base);
    renderApp('/search?q=渡輪');
    const archive = await screen.findByRole('region', { name: '全部存檔' });
    expect(await within(archive).findByRole('link', { name: '十年前的渡輪' })).toBeInTheDocument();
    expect(within(archive).getAllByRole('article')).toHaveLength(1);
  });

  it('says when the archive index fails, and 重試 recovers', async () => {
    const base = 'https://archive.example/b/search-index/';
    serveFeed(archiveFeed(base));
    let fail = true;
    serveIndex(base);
    msw.use(
      http.get(`${base}index.json`, () =>
        fail ? new HttpResponse(null, { status: 500 }) : HttpResponse.json(MANIFEST),
      ),
    );
    renderApp('/search?q=航行');
    const archive = await screen.findByRole('region', { name: '全部存檔' });
    const alert = await within(archive).findByRole('alert');
    expect(alert).toHaveTextContent('無法讀取存檔的搜尋索引');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重試' }));
    expect(await within(archive).findByText('存檔中沒有其他符合的新聞。')).toBeInTheDocument();
  });
});
