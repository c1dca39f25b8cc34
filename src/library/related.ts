import { newestFirst } from '../feed/selectors';
import type { Article } from '../feed/types';

/** How many stories 相關新聞 lists at most. */
export const MAX_RELATED = 5;

const time = (article: Article) => (article.published ?? article.modified)?.getTime() ?? -Infinity;

/**
 * 相關新聞: stories sharing tags with `article`, most shared tags first, then newest; filled up
 * from its section, newest first; never the article itself.
 */
export function relatedStories(article: Article, loaded: Article[]): Article[] {
  // Tags compare as hasTag (src/feed/selectors.ts) compares them: exactly, after NFC.
  const tags = new Set(article.tags.map((tag) => tag.normalize('NFC')));
  const others = loaded.filter((other) => other.id !== article.id);
  const sharing = others
    .map((other) => ({
      other,
      shared: new Set(other.tags.map((tag) => tag.normalize('NFC')).filter((tag) => tags.has(tag)))
        .size,
    }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || time(b.other) - time(a.other))
    .slice(0, MAX_RELATED)
    .map(({ other }) => other);
  if (sharing.length >= MAX_RELATED || article.sectionId === undefined) return sharing;
  const chosen = new Set(sharing);
  const fromSection = newestFirst(
    others.filter((other) => other.sectionId === article.sectionId && !chosen.has(other)),
  );
  return [...sharing, ...fromSection].slice(0, MAX_RELATED);
}

/**
 * 下一則: the next older story in the article's section, as a list of that section shows it
 * (newest first); undefined for the oldest, or a story without a section.
 */
export function nextInSection(article: Article, loaded: Article[]): Article | undefined {
  if (article.sectionId === undefined) return undefined;
  const section = newestFirst(loaded.filter((other) => other.sectionId === article.sectionId));
  const index = section.findIndex((other) => other.id === article.id);
  if (index !== -1) return section[index + 1];
  // A story no loaded feed holds (an archive's, the device's): the newest one older than it.
  return section.find((other) => time(other) < time(article));
}
