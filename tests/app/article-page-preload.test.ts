import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const loaded = vi.fn();

// Each test starts with the page's module not yet loaded.
beforeEach(() => {
  vi.resetModules();
  loaded.mockClear();
  vi.doMock('../../src/pages/article-page', () => {
    loaded();
    return { ArticlePage: () => null };
  });
});

afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(navigator, 'connection');
});

/** Long enough for a dynamic import to have run its module, had one started. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe("the article page's code", () => {
  it('loads when a reader points at a story link, and not before', async () => {
    const { preloadArticlePageOnIntent } = await import('../../src/app/article-page-preload');
    preloadArticlePageOnIntent();
    document.body.innerHTML =
      '<a href="/sections/local" data-app-link="/sections/local">本地</a>' +
      '<a href="/articles/a1" data-app-link="/articles/a1"><b>標題</b></a>';
    const [sectionLink, story] = document.querySelectorAll('a');

    sectionLink?.dispatchEvent(new Event('pointerover', { bubbles: true }));
    await settle();
    expect(loaded).not.toHaveBeenCalled();

    story?.querySelector('b')?.dispatchEvent(new Event('pointerover', { bubbles: true }));
    await vi.waitFor(() => {
      expect(loaded).toHaveBeenCalledTimes(1);
    });
  });

  it('loads once the list has painted and the browser is idle, for a tap with no hover', async () => {
    const { preloadArticlePageWhenIdle } = await import('../../src/app/article-page-preload');
    preloadArticlePageWhenIdle();
    await vi.waitFor(() => {
      expect(loaded).toHaveBeenCalledTimes(1);
    });
  });

  it('waits for intent when the reader asked to save data', async () => {
    Object.defineProperty(navigator, 'connection', {
      value: { saveData: true },
      configurable: true,
    });
    const { preloadArticlePageWhenIdle } = await import('../../src/app/article-page-preload');
    preloadArticlePageWhenIdle();
    await settle();
    expect(loaded).not.toHaveBeenCalled();
  });
});
