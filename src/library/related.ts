import type { Article } from '../feed/types';

/** How many stories 相關新聞 lists at most. */
export const MAX_RELATED = 5;

const time = (article: Article) => (article.published ?? article.modified)?.getTime() ?? -Infinity;

/** Tags compare as hasTag (src/feed/selectors.ts) compares them: exactly, after NFC. */
const nfcTags = new Map<string, string>();
function nfc(tag: string): string {
  let normal = nfcTags.get(tag);
  if (normal === undefined) {
    normal = tag.normalize('NFC');
    nfcTags.set(tag, normal);
  }
  return normal;
}

/**
 * The first `limit` of `candidates` in `before` order, kept as they stream past: one pass, no
 * sort of the whole list (it runs as an article opens, over every loaded story).
 */
class Best<T> {
  readonly items: T[] = [];
  constructor(
    private readonly limit: number,
    private readonly before: (a: T, b: T) => boolean,
  ) {}
  offer(item: T) {
    const { items } = this;
    if (items.length === this.limit && !this.before(item, items[items.length - 1] as T)) return;
    let at = items.length;
    while (at > 0 && this.before(item, items[at - 1] as T)) at--;
    items.splice(at, 0, item);
    if (items.length > this.limit) items.pop();
  }
}

/**
 * 相關新聞: stories sharing tags with `article`, most shared tags first, then newest; filled up
 * from its section, newest first; never the article itself. Ties keep the loaded order.
 */
export function relatedStories(article: Article, loaded: Article[]): Article[] {
  const tags = new Set(article.tags.map(nfc));
  type Candidate = { other: Article; shared: number; time: number };
  const sharing = new Best<Candidate>(
    MAX_RELATED,
    (a, b) => a.shared > b.shared || (a.shared === b.shared && a.time > b.time),
  );
  const fromSection = new Best<Candidate>(MAX_RELATED, (a, b) => a.time > b.time);
  for (const other of loaded) {
    if (other.id === article.id) continue;
    let shared = 0;
    if (tags.size > 0) {
      let seen: string[] | undefined; // a tag given twice counts once
      for (const tag of other.tags) {
        const normal = nfc(tag);
        if (!tags.has(normal) || seen?.includes(normal)) continue;
        (seen ??= []).push(normal);
        shared++;
      }
    }
    if (shared > 0) sharing.offer({ other, shared, time: time(other) });
    else if (article.sectionId !== undefined && other.sectionId === article.sectionId) {
      fromSection.offer({ other, shared, time: time(other) });
    }
  }
  return [...sharing.items, ...fromSection.items].slice(0, MAX_RELATED).map(({ other }) => other);
}

/**
 * 下一則: the next older story in the article's section, as a list of that section shows it
 * (newest first, undated last, ties in feed order); undefined for the oldest, or a story without
 * a section. A story no loaded feed holds (an archive's, the device's): the newest one older
 * than it.
 */
export function nextInSection(article: Article, loaded: Article[]): Article | undefined {
  if (article.sectionId === undefined) return undefined;
  const own = loaded.findIndex((other) => other.id === article.id);
  const ownTime = time(article);
  // After the article in list order: older, or as old and later in the feed.
  const after = (index: number, otherTime: number) =>
    otherTime < ownTime || (own !== -1 && otherTime === ownTime && index > own);
  let next: Article | undefined;
  let nextTime = -Infinity;
  loaded.forEach((other, index) => {
    if (other.sectionId !== article.sectionId || index === own) return;
    const otherTime = time(other);
    if (!after(index, otherTime)) return;
    // The first in list order among those: the newest; on a tie, the earlier in the feed.
    if (next === undefined || otherTime > nextTime) {
      next = other;
      nextTime = otherTime;
    }
  });
  return next;
}
