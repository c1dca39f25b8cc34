import { Link, NavLink } from 'react-router';
import type { Feed } from '../feed/types';
import { FontSizeControl } from '../reading/font-size-control';
import { sectionPath } from './paths';
import styles from './site-header.module.css';

export function SiteHeader({ feed }: { feed: Feed | undefined }) {
  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        <Link to="/" className={styles.brand}>
          {feed?.title ?? '新聞'}
        </Link>
        <div className={styles.controls}>
          <FontSizeControl />
        </div>
      </div>
      {feed && feed.sections.length > 0 && (
        <nav aria-label="分類" className={styles.nav}>
          <ul>
            <li>
              <NavLink to="/" end>
                首頁
              </NavLink>
            </li>
            {feed.sections.map((section) => (
              <li key={section.id}>
                <NavLink to={sectionPath(section.id)}>{section.title}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
