import type { NavigateFunction } from 'react-router';

/**
 * An app path as a link's href, under the deployment's base path (what React Router's `useHref`
 * gives for it).
 */
export const appHref = (path: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;

/**
 * Story cards link with plain anchors marked `data-app-link="<path>"`, not React Router's Link: a
 * Link is some twenty hooks and a layout effect, and a list of 30 cards paid for them in the tap
 * that leaves it (unmounting them was the largest part of its work). The layout follows a click on
 * one in the app, as Link would: a plain left click, to this tab; any other click (a new tab, a
 * download) is the browser's.
 */
export function followAppLink(event: MouseEvent, navigate: NavigateFunction): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[data-app-link]') : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self')) return;
  const path = link.dataset.appLink;
  if (path === undefined) return;
  event.preventDefault();
  void navigate(path);
}
