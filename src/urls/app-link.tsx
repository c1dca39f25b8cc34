import type { AnchorHTMLAttributes } from 'react';
import type { NavigateFunction } from 'react-router';
import { withBase } from './base-path';

type Props = { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>;

/**
 * A link to a page of the app (`to`, a path such as `/articles/…`): a plain anchor to the page's
 * own URL, under the deployment's base path, marked `data-app-link`. The layout follows a click
 * on one in the app (`followAppLink`). Not React Router's Link: a Link is some twenty hooks, a
 * layout effect and a re-render on every navigation, and a tap on a story paid for each one on
 * the page it left and the page it opened (30 story cards' Links were the largest part of that
 * tap's work). Outside the layout (the page shown when the layout itself fails), a click loads
 * the page afresh.
 */
export function AppLink({ to, ...props }: Props) {
  return <a {...props} href={withBase(to)} data-app-link={to} />;
}

/**
 * Follows a click on an `AppLink` in the app, as React Router's Link would: a plain left click
 * (or Enter), to this tab. Any other click (a new tab, a new window, a download) is the browser's.
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
