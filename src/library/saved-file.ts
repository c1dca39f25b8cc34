import { parseSavedFile } from '../feed/parse-feed';
import { findSection } from '../feed/selectors';
import type { Article } from '../feed/types';
import type { StoredStory } from '../offline/story-store';
import { storyList } from './library-query';

/** A 收藏 file larger than this is refused unread (500 long stories come to a few MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const iso = (date: Date | undefined) => date?.toISOString();

/** An article as a JSON Feed 1.1 item, `_news` fields included, as a feed would carry it. */
function toItem(article: Article) {
  return {
    id: article.id,
    title: article.title,
    summary: article.summary,
    ...(article.body.kind === 'html'
      ? { content_html: article.body.html }
      : { content_text: article.body.text }),
    url: article.url,
    image: article.image,
    banner_image: article.bannerImage,
    date_published: iso(article.published),
    date_modified: iso(article.modified),
    authors: article.authors,
    tags: article.tags,
    language: article.language,
    _news: { section: article.sectionId, source: article.source, editor: article.editor },
  };
}

/**
 * The saved stories as a JSON Feed 1.1 document, newest saved first: each item as its feed had
 * it, plus (`_library`) when it was saved and what its page needs, so an import restores it.
 */
export function savedFeed(stories: StoredStory[], exportedAt = new Date()) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: '我的收藏',
    description: `新聞閱讀器匯出的收藏，${exportedAt.toISOString()}`,
    _news: { sections: storyList(stories).sections },
    items: stories.map((story) => ({
      ...toItem(story.article),
      _library: {
        saved_at: iso(story.savedAt ?? exportedAt),
        feed_title: story.feedTitle,
        feed_language: story.feedLanguage,
        base_url: story.baseUrl,
        fetched_at: iso(story.fetchedAt),
      },
    })),
  };
}

/** The file's name: the day it was exported. */
export const savedFileName = (exportedAt = new Date()) =>
  `news-saved-${exportedAt.toISOString().slice(0, 10)}.json`;

export type ImportResult = { ok: true; stories: StoredStory[] } | { ok: false; message: string };

/**
 * A 收藏 file, read through the feed boundary (src/feed/parse-feed.ts) into stories to save; a
 * file that is not one gets a message saying why, in the reader's words.
 */
export async function readSavedFile(
  file: Pick<Blob, 'size' | 'text'>,
  fileUrl: string,
): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, message: '檔案太大（上限 20 MB），無法匯入。' };
  }
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return {
      ok: false,
      message: '這個檔案不是 JSON 格式，無法匯入。請選擇從「匯出收藏」下載的檔案。',
    };
  }
  const result = await parseSavedFile(json, fileUrl);
  if (!result.ok) {
    return { ok: false, message: '這個檔案不是收藏檔（JSON Feed），無法匯入。' };
  }
  const { feed, extras } = result;
  if (feed.articles.length === 0) {
    return { ok: false, message: '這個檔案裡沒有可以匯入的新聞。' };
  }
  const now = new Date();
  return {
    ok: true,
    stories: feed.articles.map((article) => {
      const extra = extras.get(article.id);
      return {
        article,
        section: findSection(feed, article.sectionId),
        feedTitle: extra?.feedTitle ?? feed.title,
        feedLanguage: extra?.feedLanguage ?? feed.language,
        baseUrl: extra?.baseUrl ?? feed.baseUrl,
        fetchedAt: extra?.fetchedAt ?? now,
        savedAt: extra?.savedAt ?? now,
      };
    }),
  };
}
