/** The URL last reloaded for a new build: sessionStorage, so it lasts across that reload. */
const KEY = 'news-reader:reloaded-for';

/**
 * Marks `href` as reloaded and says whether to go ahead: false when it already was (the new
 * build fails too, so reloading again would loop) or when sessionStorage cannot say.
 */
export function claimReload(href: string): boolean {
  try {
    if (sessionStorage.getItem(KEY) === href) return false;
    sessionStorage.setItem(KEY, href);
    return true;
  } catch {
    return false;
  }
}

/** A lazy chunk loaded: a later deploy may reload this URL again. */
export function forgetReload() {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was claimed where sessionStorage does not work.
  }
}
