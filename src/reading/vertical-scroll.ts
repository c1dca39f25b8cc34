/** Pixels per line when a wheel reports lines (Firefox) rather than pixels. */
const LINE = 16;

/** The keys that page through the text: screenfuls forward (+) or back (−). */
const PAGE_KEYS: Partial<Record<string, number>> = {
  ' ': 1,
  PageDown: 1,
  'Shift+ ': -1,
  PageUp: -1,
  'Shift+PageDown': 1,
  'Shift+PageUp': -1,
};

/** Keys that scroll natively. */
const SCROLL_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * In 直排 the article scrolls sideways, right to left, but a mouse wheel and Space / Page Down
 * move down: Chromium and Firefox would scroll the page under it instead. This turns them into
 * the article's own forward motion (leftwards) while it has further to go, then lets the page
 * take over, so the footer is still reachable. Horizontal wheels, trackpads and arrow keys
 * already scroll it natively and are left alone. Loaded once 直排 is chosen (use-vertical-scroll.ts);
 * returns what stops it.
 */
export function followVerticalScroll(article: HTMLElement): () => void {
  const isVertical = () => getComputedStyle(article).writingMode.startsWith('vertical');
  /**
   * Where a smooth scroll is heading: a key pressed while one is under way goes on from there,
   * not from wherever the animation has got to (Shift+Space right after Space would otherwise
   * stop short of the start). Only where `scrollend` says when it has arrived.
   */
  let heading: number | undefined;
  const onScrollEnd = () => {
    // Blocks laid out on the way (article-body.module.css skips later ones until reached) can
    // grow, and the browser moves the animation's end with them: back to the start means the
    // start, the first column in full.
    if (heading === 0 && article.scrollLeft !== 0) article.scrollTo({ left: 0 });
    heading = undefined;
  };
  /**
   * Scrolls by `forward` pixels towards the end (left); false when already there. A screenful
   * (`pages`) that would leave a sliver before the start or the end goes all the way: blocks
   * laid out on the way can have grown, so a screenful back from one screenful in is not
   * always the start.
   */
  const advance = (forward: number, behavior: ScrollBehavior, pages = false) => {
    // vertical-rl scrolls from 0 (the right edge) to negative values.
    const end = article.clientWidth - article.scrollWidth;
    const from = heading ?? article.scrollLeft;
    if ((forward > 0 && from <= end + 1) || (forward < 0 && from >= -1)) return false;
    let to = Math.min(0, Math.max(end, from - forward));
    const sliver = article.clientWidth / 4;
    if (pages && to > -sliver) to = 0;
    else if (pages && to < end + sliver) to = end;
    heading = behavior === 'smooth' && 'onscrollend' in window ? to : undefined;
    article.scrollTo({ left: to, behavior });
    return true;
  };

  /** The reader's own scrolling (a swipe, a sideways wheel, an arrow key) goes where it goes. */
  const onReaderScroll = () => {
    heading = undefined;
  };

  const onWheel = (event: WheelEvent) => {
    onReaderScroll();
    if (event.ctrlKey || Math.abs(event.deltaX) >= Math.abs(event.deltaY) || !isVertical()) {
      return;
    }
    const delta =
      event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * LINE : event.deltaY;
    if (advance(delta, 'instant')) event.preventDefault();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const pages = PAGE_KEYS[`${event.shiftKey ? 'Shift+' : ''}${event.key}`];
    if (SCROLL_KEYS.includes(event.key)) onReaderScroll();
    if (!pages || !isVertical() || !inReach(event.target)) return;
    const motion = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
    if (advance(pages * article.clientWidth * 0.9, motion, true)) event.preventDefault();
  };
  /** Keys from around the article (body, main) or its text; controls and tables keep theirs. */
  const inReach = (target: EventTarget | null) =>
    target instanceof Element &&
    (target.contains(article) ||
      (article.contains(target) &&
        !target.closest('input, button, textarea, select, [role="region"]')));

  article.addEventListener('wheel', onWheel, { passive: false });
  article.addEventListener('touchstart', onReaderScroll, { passive: true });
  article.addEventListener('scrollend', onScrollEnd);
  document.addEventListener('keydown', onKeyDown);
  return () => {
    article.removeEventListener('wheel', onWheel);
    article.removeEventListener('touchstart', onReaderScroll);
    article.removeEventListener('scrollend', onScrollEnd);
    document.removeEventListener('keydown', onKeyDown);
  };
}
