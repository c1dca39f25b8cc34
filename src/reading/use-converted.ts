import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Article } from '../feed/types';
import { useSyncExternalStore } from 'react';
import { SCRIPT_LANG, type Script, scriptChoice, scriptOf } from './script';

export function useScriptChoice() {
  return useSyncExternalStore(
    scriptChoice.subscribe,
    scriptChoice.read,
    () => scriptChoice.fallback,
  );
}

/** The script text in `lang` is to be converted to, if the reader's choice differs from it. */
export function useConversionTarget(lang: string | undefined): Script | undefined {
  return conversionTarget(useScriptChoice(), lang);
}

/** The script text in `lang` is to be converted to under the reader's `choice`, if any. */
export function conversionTarget(
  choice: 'auto' | Script,
  lang: string | undefined,
): Script | undefined {
  const from = scriptOf(lang);
  return choice !== 'auto' && from !== undefined && from !== choice ? choice : undefined;
}

/**
 * `texts` in the reader's chosen script, with the `lang` to put on them. Until the converter
 * has loaded (or if it fails) the originals show, so text never blanks.
 * Texts in another language (say Japanese) are left as they are.
 */
export function useConverted(
  texts: string[],
  lang: string | undefined,
): { texts: string[]; lang: string | undefined } {
  const target = useConversionTarget(lang);
  const { data } = useQuery(convertedQuery(texts, target));
  return target && data ? { texts: data, lang: SCRIPT_LANG[target] } : { texts, lang };
}

/** `texts` converted to `target`; no conversion (no target) is one idle query. */
const convertedQuery = (texts: string[], target: Script | undefined) =>
  queryOptions({
    // Unconverted text (the common case) shares one idle entry: no key hashing, no cache growth.
    queryKey: target ? ['converted', target, texts] : ['converted'],
    // The conversion client (and, from it, the worker) loads only when a reader first switches.
    queryFn: target
      ? async () => (await import('./script-conversion')).convertTexts(texts, target)
      : skipToken,
    staleTime: Infinity,
    retry: false,
  });

/** An article's display text (not its body: ArticleBody converts that) in the reader's script. */
export function useConvertedArticle(article: Article, sectionTitle: string | undefined) {
  const { tags, authors } = article;
  const { texts, lang } = useConverted(
    [
      article.title,
      article.summary ?? '',
      sectionTitle ?? '',
      article.source ?? '',
      article.editor ?? '',
      ...tags,
      ...authors.map((author) => author.name),
    ],
    article.language,
  );
  const [title = '', summary, section, source, editor] = texts;
  const rest = texts.slice(5);
  return {
    lang,
    sectionTitle: section || undefined,
    article: {
      ...article,
      title,
      summary: summary || undefined,
      source: source || undefined,
      editor: editor || undefined,
      tags: rest.slice(0, tags.length),
      authors: authors.map((author, i) => ({ ...author, name: rest[tags.length + i] ?? '' })),
    },
  };
}
