import type { ShownStory } from '../feed/types';
import type { Chosen } from '../library/related-stories';

/**
 * The story an article page shows, as its query (article-query.ts) and the search beyond the
 * loaded feed (find-story.ts) give it; `offline`: the device's copy, for want of a connection.
 */
export interface ShownArticle {
  story: ShownStory;
  offline: boolean;
  /** A prerendered page's 相關新聞 and 下一則 (src/prerender/). */
  related?: Chosen;
}
