import type { WriteFile } from './list-writer';

/** The sitemap protocol's limit of URLs per file; bigger archives get an index. */
const PER_FILE = 50_000;

export interface SitemapEntry {
  /** The page's path below the site's URL, as the reader's router shows it. */
  path: string;
  modified?: number;
}

/**
 * `sitemap.xml` for `--site-url`: the reader's own URLs (home, sections, articles), below the
 * site's URL so a sub-path deployment lists its real addresses. Articles oldest first, so the
 * files of a big archive that new stories do not reach stay the same bytes.
 */
export async function writeSitemap(
  siteUrl: string,
  entries: SitemapEntry[],
  write: WriteFile,
): Promise<void> {
  const chunks: SitemapEntry[][] = [];
  for (let i = 0; i < entries.length; i += PER_FILE) chunks.push(entries.slice(i, i + PER_FILE));
  if (chunks.length <= 1) {
    await write('sitemap.xml', urlSet(siteUrl, entries));
    return;
  }
  const names = chunks.map((_, i) => `sitemaps/${i + 1}.xml`);
  for (const [i, chunk] of chunks.entries()) {
    await write(names[i] ?? '', urlSet(siteUrl, chunk));
  }
  const index = names.map((name) => `<sitemap><loc>${xml(siteUrl + name)}</loc></sitemap>`);
  await write(
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join('\n')}\n</sitemapindex>\n`,
  );
}

function urlSet(siteUrl: string, entries: SitemapEntry[]): string {
  const urls = entries.map(({ path, modified }) => {
    const lastmod =
      modified === undefined ? '' : `<lastmod>${new Date(modified).toISOString()}</lastmod>`;
    return `<url><loc>${xml(siteUrl + path)}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

const xml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
