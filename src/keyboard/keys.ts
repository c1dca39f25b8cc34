/** The headline link of each story in a list (StoryCard marks its article with data-story). */
export const STORY_LINK = 'main [data-story] :is(h2, h3) a[href]';

/** The article page's 收藏 toggle (src/library/save-button.tsx), which `s` presses. */
export const SAVE_TOGGLE = 'main [data-save-toggle]';

/** Whether the reader is in a form field or editable text: keys there are theirs. */
export const inField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.closest('input, textarea, select') !== null);

/** Keys are the reader's only when no modifier is held and nobody is typing. */
export function isShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return !inField(event.target);
}

/** The story link `step` places after (1) or before (-1) the focused one; the first if none is. */
export function nextStoryLink(step: 1 | -1): HTMLAnchorElement | undefined {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(STORY_LINK)];
  const current = links.findIndex((link) => link === document.activeElement);
  const index = current === -1 ? 0 : Math.min(Math.max(current + step, 0), links.length - 1);
  return links[index];
}
