import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode, Suspense, useState } from 'react';
import { useLocation } from 'react-router';
import { FeedError } from '../feed/feed-error';
import { PageArrival } from './page-arrival';
import { PageSkeleton } from '../ui/page-skeleton';
import { RouteErrorPage } from './route-error-page';

/**
 * Where a page shows: its skeleton while its code is on its way (a page waiting for data shows
 * the skeleton itself: route-data.ts), its error page when what it needs fails (feed trouble
 * offers 重試), and, once it is up, the scroll position and focus a reader expects
 * (page-arrival.tsx). Going anywhere else, or 重試, tries again: failed queries fetch anew
 * rather than throwing their old error.
 */
export function RouteBoundary({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  const { reset } = useQueryErrorResetBoundary();
  // On a move to another entry, the page about to mount may need a query that failed on the
  // last one (the feed): it fetches again rather than throwing the old error. (A flag the
  // queries read as they mount and clear after.)
  const [shown, setShown] = useState(key);
  if (shown !== key) {
    setShown(key);
    reset();
  }
  return (
    <ErrorBoundary location={key} retry={reset}>
      <Suspense fallback={<PageSkeleton />}>
        {children}
        <PageArrival />
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * Around the whole app: should the layout itself fail (the header, the footer), the error page
 * shows in its place rather than a blank window.
 */
export function AppBoundary({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  const { reset } = useQueryErrorResetBoundary();
  return (
    <ErrorBoundary location={key} retry={reset}>
      {children}
    </ErrorBoundary>
  );
}

interface Props {
  children: ReactNode;
  /** The history entry shown: a new one clears the error. */
  location: string;
  /** Lets failed queries fetch again when the page mounts again. */
  retry: () => void;
}

interface State {
  error?: { thrown: unknown };
  location: string;
}

class ErrorBoundary extends Component<Props, State> {
  override state: State = { location: this.props.location };

  static getDerivedStateFromError(thrown: unknown): Partial<State> {
    return { error: { thrown } };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.location === state.location
      ? null
      : { error: undefined, location: props.location };
  }

  /** Fetches what failed anew and renders the page again (its skeleton, then it). */
  private readonly retry = () => {
    this.props.retry();
    this.setState({ error: undefined });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <RouteErrorPage error={error.thrown} retry={this.retry} />;
  }
}

/**
 * For createRoot's `onCaughtError`: what a route's error page caught. Feed trouble is a state
 * the page explains to the reader (offline, a 404, a broken feed), not a bug; anything else is
 * logged for whoever runs the site.
 */
export function reportCaughtError(error: unknown, info: ErrorInfo) {
  if (error instanceof FeedError) return;
  console.error(error, info.componentStack);
}
