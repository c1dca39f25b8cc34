import { memo } from 'react';
import { useLocation } from 'react-router';
import type { Feed } from '../feed/types';
import { ReadingSettingsPanel } from './reading-settings-panel';
import { useConverted } from '../reading/use-converted';
import { SearchField } from '../search/search-field';
import { AppLink } from '../urls/app-link';
import { HOME_PATH, sectionPath } from '../urls/paths';
import styles from './site-header.module.css';

/**
 * Memoised: a navigation re-renders the layout, but the header changes only with the feed (its
 * section row follows the location by itself).
 */
export const SiteHeader = memo(function SiteHeader({ feed }: { feed: Feed | undefined }) {
  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        {feed ? (
          <FeedTitle feed={feed} />
        ) : (
          <AppLink to={HOME_PATH} className={styles.brand}>
            新聞
          </AppLink>
        )}
        <div className={styles.tools}>
          <SearchField />
          <ReadingSettingsPanel feedLanguage={feed?.language} />
        </div>
      </div>
      <SectionNav feed={feed} />
    </header>
  );
});

function FeedTitle({ feed }: { feed: Feed }) {
  const { texts, lang } = useConverted([feed.title], feed.language);
  return (
    <AppLink to={HOME_PATH} className={styles.brand} lang={lang}>
      {texts[0]}
    </AppLink>
  );
}

/** Rendered from the first paint, so the row never pops in and pushes the page down. */
function SectionNav({ feed }: { feed: Feed | undefined }) {
  const sections = feed?.sections ?? [];
  const { texts, lang } = useConverted(
    sections.map((section) => section.title),
    feed?.language,
  );
  // As React Router's NavLink: the page's own link, and a section's under its path, are current.
  const here = useLocation().pathname.toLowerCase();
  const current = (path: string, end = false) => {
    const at = path.toLowerCase();
    return here === at || (!end && here.startsWith(`${at}/`)) ? 'page' : undefined;
  };
  return (
    <nav aria-label="分類" className={styles.nav}>
      <ul>
        <li>
          <AppLink to={HOME_PATH} aria-current={current(HOME_PATH, true)}>
            首頁
          </AppLink>
        </li>
        {sections.map((section, i) => (
          <li key={section.id} lang={lang}>
            <AppLink to={sectionPath(section.id)} aria-current={current(sectionPath(section.id))}>
              {texts[i]}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
