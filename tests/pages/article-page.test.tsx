import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

describe('article page', () => {
  it('shows headline, metadata, body and the original link', async () => {
    serveFeed(sampleFeed);
    renderApp('/articles/harbour-ferry');
    const headline = await screen.findByRole('heading', { level: 1, name: '港口渡輪恢復航行' });
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([headline]);
    expect(document.title).toBe('港口渡輪恢復航行｜青禾新聞（示範）');

    const article = screen.getByRole('article');
    expect(article).toHaveAttribute('lang', 'zh-Hant');
    expect(within(article).getByText('颱風過後，青禾港渡輪今晨恢復全線航班。')).toBeVisible();
    expect(within(article).getByText('林小明、陳雅文')).toBeVisible();
    expect(within(article).getByText('青禾日報')).toBeVisible();
    expect(within(article).getByText('責任編輯：王雅婷')).toBeVisible();
    expect(article.querySelector('time')).toHaveAttribute('datetime', '2026-11-21T04:00:00.000Z');
    expect(within(article).getByRole('link', { name: '本地' })).toHaveAttribute(
      'href',
      '/sections/local',
    );
    expect(within(article).getByRole('link', { name: '閱讀原文' })).toHaveAttribute(
      'href',
      'https://example.org/articles/harbour-ferry',
    );
    expect(within(article).getByRole('list', { name: '標籤' })).toHaveTextContent('交通港口');
  });

  it('renders feed HTML sanitized, with ■ paragraphs as sub-headings', async () => {
    serveFeed(sampleFeed);
    renderApp('/articles/harbour-ferry');
    expect(await screen.findByRole('heading', { level: 2, name: '居民意見' })).toBeVisible();
    const link = screen.getByRole('link', { name: '更多' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    expect(document.querySelector('[onerror]')).toBeNull();
  });

  it('renders content_text as paragraphs, ■ lines as sub-headings', async () => {
    serveFeed(sampleFeed);
    renderApp(`/articles/${encodeURIComponent('專訪/問答 #1 100%?')}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: '專訪：陶藝家談窯火' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: '窯火的溫度' })).toBeVisible();
    expect(screen.getByText('第一段文字。').tagName).toBe('P');
    expect(screen.getByText('第二段文字。').tagName).toBe('P');
  });

  it('shows 找不到 with a way home for an unknown article', async () => {
    serveFeed(sampleFeed);
    renderApp('/articles/missing');
    expect(await screen.findByRole('heading', { level: 1, name: '找不到這篇文章' })).toBeVisible();
    expect(screen.getByRole('link', { name: '回到首頁' })).toHaveAttribute('href', '/');
  });
});
