import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

const KEY = 'news-reader:script';

describe('繁簡 control', () => {
  it("defaults to the feed's own script", async () => {
    serveFeed(sampleFeed);
    renderApp('/');
    const group = await screen.findByRole('group', { name: '繁簡' });
    expect(within(group).getByRole('radio', { name: '繁體' })).toBeChecked();
  });

  it('defaults to 简体 for a Simplified feed', async () => {
    serveFeed({ ...sampleFeed, language: 'zh-CN' });
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const group = await screen.findByRole('group', { name: '繁簡' });
    expect(within(group).getByRole('radio', { name: '简体' })).toBeChecked();
  });

  it('converts an article to Simplified phrase by phrase, leaving code, links and the URL alone', async () => {
    serveFeed(sampleFeed);
    const { router } = renderApp('/articles/harbour-ferry');
    await screen.findByRole('heading', { level: 1, name: '港口渡輪恢復航行' });

    await userEvent.click(screen.getByRole('radio', { name: '简体' }));

    const headline = await screen.findByRole('heading', { level: 1, name: '港口渡轮恢复航行' });
    expect(headline.closest('article')).toHaveAttribute('lang', 'zh-Hans');
    expect(await screen.findByText('软件与网络的发展')).toBeVisible();
    expect(screen.getByText('台风过后，青禾港渡轮今晨恢复全线航班。')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: '居民意见' })).toBeVisible();
    // The page's own words in the article follow, so no line mixes the two scripts.
    expect(screen.getByText('责任编辑：王雅婷')).toBeVisible();
    expect(screen.getByText('来源')).toBeVisible();
    expect(screen.getByRole('link', { name: '阅读原文' })).toBeVisible();
    expect(screen.getByText('const 軟體 = "網路";')).toBeVisible();
    expect(screen.getByRole('link', { name: '更多' })).toHaveAttribute(
      'href',
      'https://example.org/more',
    );
    const nav = screen.getByRole('navigation', { name: '分類' });
    expect(within(nav).getByRole('link', { name: '国际' })).toHaveAttribute(
      'href',
      '/sections/world',
    );
    expect(document.title).toBe('港口渡轮恢复航行｜青禾新闻（示范）');
    expect(router.pathname()).toBe('/articles/harbour-ferry');
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toEqual({ v: 1, value: 'hans' });

    await userEvent.click(screen.getByRole('radio', { name: '繁體' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: '港口渡輪恢復航行' }),
    ).toBeVisible();
  });

  it('converts a Simplified feed to Traditional', async () => {
    serveFeed({
      ...sampleFeed,
      language: 'zh-Hans',
      items: [{ id: 's', title: '台风过后渡轮恢复航行', content_text: '乡镇发布消息。' }],
    });
    localStorage.setItem(KEY, JSON.stringify({ v: 1, value: 'hant' }));
    renderApp('/articles/s');
    const headline = await screen.findByRole('heading', { level: 1, name: '颱風過後渡輪恢復航行' });
    expect(headline.closest('article')).toHaveAttribute('lang', 'zh-Hant');
    expect(await screen.findByText('鄉鎮發佈消息。')).toBeVisible();
  });

  it('leaves Japanese text alone', async () => {
    serveFeed({
      ...sampleFeed,
      items: [{ id: 'ja', language: 'ja', title: '展覧会の開催について', content_text: '本文。' }],
    });
    localStorage.setItem(KEY, JSON.stringify({ v: 1, value: 'hans' }));
    renderApp('/articles/ja');
    const headline = await screen.findByRole('heading', { level: 1, name: '展覧会の開催について' });
    expect(headline.closest('article')).toHaveAttribute('lang', 'ja');
  });
});
