import { afterEach, describe, expect, it, vi } from 'vitest';

const loaded = vi.fn();
vi.mock('../../src/pages/article-page', () => {
  loaded();
  return { ArticlePage: () => null };
});

afterEach(() => {
  document.body.replaceChildren();
});

describe("the article page's code", () => {
  it('loads when a reader points at a story link, and not before', async () => {
    const { preloadArticlePageOnIntent } = await import('../../src/app/routes');
    preloadArticlePageOnIntent();
    document.body.innerHTML =
      '<a href="/sections/local">本地</a><a href="/articles/a1"><b>標題</b></a>';
    const [sectionLink, story] = document.querySelectorAll('a');

    sectionLink?.dispatchEvent(new Event('pointerover', { bubbles: true }));
    // Long enough for a dynamic import to have run its module, had one started.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loaded).not.toHaveBeenCalled();

    story?.querySelector('b')?.dispatchEvent(new Event('pointerover', { bubbles: true }));
    await vi.waitFor(() => {
      expect(loaded).toHaveBeenCalledTimes(1);
    });
  });
});
