import { useMemo } from 'react';
import type { ArticleBody as Body } from '../feed/types';
import styles from './article-body.module.css';
import { sanitizeHtml } from './sanitize-html';

/** Chinese news copy marks its sub-headings with a leading ■. */
const SUBHEADING = /^■\s*/;

export function ArticleBody({ body, baseUrl }: { body: Body; baseUrl: string }) {
  const html = useMemo(
    () => (body.kind === 'html' ? withSubheadings(sanitizeHtml(body.html, baseUrl)) : undefined),
    [body, baseUrl],
  );

  if (html !== undefined) {
    return <div className={styles.body} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <div className={styles.body}>
      {paragraphs(body.kind === 'text' ? body.text : '').map((paragraph, index) =>
        SUBHEADING.test(paragraph) ? (
          <h2 key={index}>{paragraph.replace(SUBHEADING, '')}</h2>
        ) : (
          <p key={index}>{paragraph}</p>
        ),
      )}
    </div>
  );
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

/** Turns `<p>■ 小標</p>` into `<h2>小標</h2>` in already-sanitized HTML (inert template). */
function withSubheadings(html: string): string {
  if (!html.includes('■')) return html;
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
  return template.innerHTML;
}
