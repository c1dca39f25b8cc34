import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Disclosure, type DisclosureHandle } from '../ui/disclosure';
import styles from './search-field.module.css';
import { withBase } from '../urls/base-path';
import { SEARCH_PATH, searchPath } from '../urls/paths';
import { OPEN_SEARCH_EVENT } from './open-search-event';

/** How long typing pauses before the URL (and so the results) follows the field. */
const URL_DELAY = 200;

/**
 * The header's search field: a GET form to /search (the deployment's base path included).
 * Typed text shows at once; the URL follows after a pause, pushing one history entry when a
 * search starts and replacing it while the query is refined. On phones, and on wide screens
 * where the reading controls fill the header row, it hides behind a 搜尋 button, so the header
 * stays one row (Escape or a press elsewhere hides it again). Everything else of search loads on
 * first use (focus starts the download).
 */
export function SearchField() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const onSearchPage = pathname === SEARCH_PATH;
  const urlQuery = onSearchPage ? (new URLSearchParams(search).get('q') ?? '') : '';
  const [value, setValue] = useState(urlQuery);
  const disclosure = useRef<DisclosureHandle>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  /** The query this field last put in the URL: any other change came from back/forward. */
  const written = useRef(urlQuery);
  const timer = useRef<number | undefined>(undefined);
  // Without JavaScript's handling (it fails to load), the browser's own GET to /search.
  const action = withBase(SEARCH_PATH);

  useEffect(() => {
    if (urlQuery === written.current) return;
    written.current = urlQuery;
    setValue(urlQuery);
  }, [urlQuery]);

  // Listening from the commit, not after the paint: a `/` pressed as soon as the page shows works.
  useLayoutEffect(() => {
    const openAndFocus = () => {
      disclosure.current?.open();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener(OPEN_SEARCH_EVENT, openAndFocus);
    return () => {
      document.removeEventListener(OPEN_SEARCH_EVENT, openAndFocus);
      window.clearTimeout(timer.current);
    };
  }, []);

  /**
   * Whether the history's current entry is a search, which the next query then replaces rather
   * than pushing a second one. A ref that follows the committed location, not `onSearchPage`
   * from the render that set the timer: a key typed while the first search's page was still
   * loading sets a timer that may fire after that search has landed.
   */
  const searching = useRef(onSearchPage);
  useLayoutEffect(() => {
    searching.current = onSearchPage;
  }, [onSearchPage]);

  const write = (query: string) => {
    window.clearTimeout(timer.current);
    written.current = query;
    void navigate(searchPath(query), { replace: searching.current });
  };

  return (
    <Disclosure
      ref={disclosure}
      classes={styles}
      label="搜尋"
      symbol={<span className={styles.icon} />}
      onOpen={() => inputRef.current?.focus()}
    >
      {(content) => (
        <form
          {...content}
          role="search"
          action={action}
          onSubmit={(event) => {
            event.preventDefault();
            write(value);
          }}
        >
          <label className="visually-hidden" htmlFor={`${content.id}-q`}>
            搜尋新聞
          </label>
          <input
            ref={inputRef}
            id={`${content.id}-q`}
            className={styles.input}
            type="search"
            name="q"
            placeholder="搜尋新聞"
            autoComplete="off"
            enterKeyHint="search"
            value={value}
            onFocus={() => void import('./search-page')}
            onChange={(event) => {
              const query = event.target.value;
              setValue(query);
              window.clearTimeout(timer.current);
              timer.current = window.setTimeout(() => {
                write(query);
              }, URL_DELAY);
            }}
          />
        </form>
      )}
    </Disclosure>
  );
}
