import { memo } from 'react';
import { Link, NavLink } from 'react-router';
import type { Feed } from '../feed/types';
import { ReadingSettingsPanel } from '../reading/reading-settings-panel';
import { useConverted } from '../reading/use-converted';
import { SearchField } from '../search/search-field';
import { sectionPath } from './paths';
import styles from './site-header.module.css';

/**
 * Memoised: a navigation re-renders the layout, but the header changes only with the feed (its
 * NavLinks follow the location by themselves).
 */
export const SiteHeader = memo(function SiteHeader({ feed }: { feed: Feed | undefined }) {
  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        {feed ? (
          <FeedTitle feed={feed} />
        ) : (
          <Link to="/" className={styles.brand}>
            新聞
          </Link>
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
    <Link to="/" className={styles.brand} lang={lang}>
      {texts[0]}
    </Link>
  );
}

/** Rendered from the first paint, so the row never pops in and pushes the page down. */
function SectionNav({ feed }: { feed: Feed | undefined }) {
  const sections = feed?.sections ?? [];
  const { texts, lang } = useConverted(
    sections.map((section) => section.title),
    feed?.language,
  );
  return (
    <nav aria-label="分類" className={styles.nav}>
      <ul>
        <li>
          <NavLink to="/" end>
            首頁
          </NavLink>
        </li>
        {sections.map((section, i) => (
          <li key={section.id} lang={lang}>
            <NavLink to={sectionPath(section.id)}>{texts[i]}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
