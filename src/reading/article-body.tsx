import { use, useMemo, useRef } from 'react';
import type { ArticleBody as Body } from '../feed/types';
import styles from './article-body.module.css';
import { useBlockSizeEstimates } from './block-size-estimate';
import { loadSanitizer, nativeSanitize } from './sanitize-html';
import { useConverted } from './use-converted';
import { markUprightDigits } from './upright-digits';
import { UprightDigitsText } from './upright-digits-text';
import uprightStyles from './upright-digits.module.css';

/** Chinese news copy marks its sub-headings with a leading ■. */
const SUBHEADING = /^■\s*/;

interface Props {
  body: Body;
  baseUrl: string;
  lang: string | undefined;
}

export function ArticleBody({ body, baseUrl, lang }: Props) {
  return body.kind === 'html' ? (
    <HtmlBody html={body.html} baseUrl={baseUrl} lang={lang} />
  ) : (
    <TextBody text={body.text} lang={lang} />
  );
}

function TextBody({ text, lang }: { text: string; lang: string | undefined }) {
  const original = useMemo(() => paragraphs(text), [text]);
  const { texts } = useConverted(original, lang);
  const body = useRef<HTMLDivElement>(null);
  useBlockSizeEstimates(body, texts);
  return (
    <div ref={body} className={styles.body}>
      {texts.map((paragraph, index) =>
        SUBHEADING.test(paragraph) ? (
          <h2 key={index}>
            <UprightDigitsText text={paragraph.replace(SUBHEADING, '')} />
          </h2>
        ) : (
          <p key={index}>
            <UprightDigitsText text={paragraph} />
          </p>
        ),
      )}
    </div>
  );
}

function HtmlBody({
  html,
  baseUrl,
  lang,
}: {
  html: string;
  baseUrl: string;
  lang: string | undefined;
}) {
  // Suspends (while DOMPurify loads) only in browsers without a native sanitizer.
  const sanitize = nativeSanitize ?? use(loadSanitizer());
  const segments = useMemo(() => textSegments(sanitize(html, baseUrl)), [sanitize, html, baseUrl]);
  const { texts } = useConverted(segments.texts, lang);
  const rendered = useMemo(() => segments.render(texts), [segments, texts]);
  const body = useRef<HTMLDivElement>(null);
  useBlockSizeEstimates(body, rendered);
  return <div ref={body} className={styles.body} dangerouslySetInnerHTML={{ __html: rendered }} />;
}

/** A line break between two CJK characters joins them; elsewhere it stands for a space. */
const CJK_BREAK =
  /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])\s*\n\s*(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;

/** `content_text`: blank lines separate paragraphs; single newlines inside one are folded. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(CJK_BREAK, '')
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * Sanitized HTML held in an inert template: ■ paragraphs become sub-headings, short digit runs
 * get their 縱中橫 spans, and its text (outside code) can be swapped for converted text without
 * touching markup, URLs or code.
 */
function textSegments(html: string) {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const p of template.content.querySelectorAll('p')) {
    const text = p.textContent;
    if (p.children.length === 0 && SUBHEADING.test(text)) {
      const heading = document.createElement('h2');
      heading.textContent = text.replace(SUBHEADING, '');
      p.replaceWith(heading);
    }
  }
  markUprightDigits(template.content, uprightStyles.upright ?? '');
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (
      node instanceof Text &&
      node.data.trim() &&
      !node.parentElement?.closest('pre, code, kbd, samp')
    ) {
      nodes.push(node);
    }
  }
  const texts = nodes.map((node) => node.data);
  const original = template.innerHTML;
  return {
    texts,
    render(converted: string[]): string {
      if (converted === texts) return original;
      nodes.forEach((node, i) => {
        node.data = converted[i] ?? node.data;
      });
      return template.innerHTML;
    },
  };
}
