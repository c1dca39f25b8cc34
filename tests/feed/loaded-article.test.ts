import { type InfiniteData, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { feedQuery } from '../../src/feed/feed-query';
import { loadedArticles, loadedStory } from '../../src/feed/loaded-article';
import { listed } from '../../src/feed/selectors';
import type { Article, Feed } from '../../src/feed/types';

const story: Article = {
  id: 'a',
  title: '停水通知',
  body: { kind: 'text', text: '北坪區週二停水。' },
  tags: [],
  authors: [],
};
const feed = (articles: Article[]): Feed => ({
  title: '青禾新聞',
  baseUrl: 'https://news.example.org/feed.json',
  sections: [],
  articles,
  skipped: [],
});

function cacheWith(url: string | undefined, articles: Article[]) {
  const client = new QueryClient();
  const query = feedQuery(url);
  client.setQueryData<InfiniteData<Feed, string>>(query.queryKey, {
    pages: [feed(articles)],
    pageParams: [query.initialPageParam],
  });
  return client;
}

describe('stories the cached feeds hold', () => {
  // A prerendered home's data lists its stories without their bodies (src/prerender/): opening
  // one before the live feed has arrived must look it up, never show an empty article.
  it('are not read from a copy without its body', () => {
    const client = cacheWith(undefined, [listed(story)]);
    expect(loadedStory(client, 'a')).toBeUndefined();
    // Still listed: a tag page or 相關新聞 shows its card.
    expect(loadedArticles(client).map((article) => article.id)).toEqual(['a']);
  });

  it('are read from whichever cached feed holds them whole', () => {
    const client = cacheWith(undefined, [listed(story)]);
    const section = feedQuery('https://news.example.org/sections/local/feed.json');
    client.setQueryData<InfiniteData<Feed, string>>(section.queryKey, {
      pages: [feed([story])],
      pageParams: [section.initialPageParam],
    });
    expect(loadedStory(client, 'a')?.article.body).toEqual(story.body);
  });
});
