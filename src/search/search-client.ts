import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { type Article, type Feed, FEEDS } from '../feed/types';
import { type WorkerClient, workerClient } from '../lib/worker-client';
import { deviceStories } from './device-stories';
import { loadFolding } from './fold';
import { type LocalHit, LocalIndex, type SearchableStory } from './local-index';

export type SearchRequest =
  { kind: 'add'; stories: SearchableStory[] } | { kind: 'search'; id: number; query: string };

export interface SearchReply {
  id: number;
  hits: LocalHit[];
}

/** A story search can show: the article and its section's name, where known. */
export interface KnownStory {
  article: Article;
  sectionTitle?: string;
}

export type LocalResult = KnownStory & LocalHit;

/** Stories per message: each is cloned on the main thread, so in slices it can paint between. */
const STORIES_PER_MESSAGE = 250;

const known = new Map<string, KnownStory>();
/** The device's stories, read once per visit to the search page: not on every keystroke. */
let deviceRead: { visit: object; stories: ReturnType<typeof deviceStories> } | undefined;
let client: WorkerClient<SearchReply> | null | undefined;
/** Where workers are missing or the worker failed to load: the same index, in the page. */
let inPage: LocalIndex | undefined;

/**
 * Adds the stories not yet indexed: every page of every feed in the query cache (home and
 * sections, as far as the reader has loaded them), then those kept on this device.
 */
async function indexNewStories(queryClient: QueryClient, visit: object): Promise<void> {
  if (!inPage) {
    client ??= workerClient(
      () => new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' }),
      () => {
        // Its stories are lost with it: the page's index gets them all on the next search.
        client = undefined;
        inPage = new LocalIndex();
        known.clear();
      },
    );
  }
  const fresh: SearchableStory[] = [];
  const add = (article: Article, sectionTitle: string | undefined) => {
    if (known.has(article.id)) return;
    known.set(article.id, { article, sectionTitle });
    const time = (article.published ?? article.modified)?.getTime();
    fresh.push({
      id: article.id,
      title: article.title,
      summary: article.summary,
      body: article.body,
      time,
    });
  };
  const pages = queryClient
    .getQueriesData<InfiniteData<Feed, string>>({ queryKey: FEEDS })
    .flatMap(([, data]) => data?.pages ?? []);
  const sectionTitles = new Map<string, string>();
  for (const page of pages) {
    for (const section of page.sections) {
      if (!sectionTitles.has(section.id)) sectionTitles.set(section.id, section.title);
    }
  }
  for (const page of pages) {
    for (const article of page.articles) {
      add(article, article.sectionId && sectionTitles.get(article.sectionId));
    }
  }
  if (deviceRead?.visit !== visit) deviceRead = { visit, stories: deviceStories() };
  for (const story of await deviceRead.stories) add(story.article, story.section?.title);

  for (let i = 0; i < fresh.length; i += STORIES_PER_MESSAGE) {
    const stories = fresh.slice(i, i + STORIES_PER_MESSAGE);
    if (client) {
      client.worker.postMessage({ kind: 'add', stories } satisfies SearchRequest);
      await new Promise((resolve) => setTimeout(resolve));
    } else {
      await loadFolding();
      (inPage ??= new LocalIndex()).add(stories);
    }
  }
}

/**
 * The loaded and kept stories matching `query`, best first. `visit`: one object per visit to
 * the search page; the device's stories are read again when it changes.
 */
export async function searchLoadedStories(
  queryClient: QueryClient,
  query: string,
  visit: object,
): Promise<LocalResult[]> {
  await indexNewStories(queryClient, visit);
  let hits: LocalHit[];
  if (client) {
    const reply = await client.ask((id): SearchRequest => ({ kind: 'search', id, query }));
    if (!reply) throw new Error('search worker failed');
    hits = reply.hits;
  } else {
    await loadFolding();
    hits = (inPage ??= new LocalIndex()).search(query);
  }
  return hits.flatMap((hit) => {
    const story = known.get(hit.id);
    return story ? [{ ...story, ...hit }] : [];
  });
}
