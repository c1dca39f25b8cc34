import styles from './page-title.module.css';

interface Props {
  title: string;
  /** The site's name, after the page's in the document's title. */
  siteTitle?: string | undefined;
  lang?: string | undefined;
}

/**
 * A page's heading and the document's title. The heading takes focus after a client-side
 * navigation (app/page-arrival.tsx), so a screen reader announces the new page.
 */
export function PageTitle({ title, siteTitle, lang }: Props) {
  return (
    <>
      <title>{siteTitle ? `${title}｜${siteTitle}` : title}</title>
      <h1 className={styles.pageTitle} tabIndex={-1} lang={lang}>
        {title}
      </h1>
    </>
  );
}
