import { type ComponentType, lazy, useEffect, useState } from 'react';
import { ReloadForNewBuild } from './reload-for-new-build';
import { claimReload, forgetReload } from './reload-guard';

/**
 * A page whose code is its own chunk. `preload` fetches it ahead of need; `useLoaded` says when
 * it is here, fetching it if need be. A page shown once it has arrived renders at once. One shown
 * before then is a lazy component: the route's Suspense boundary shows the skeleton until the
 * code is here (React reveals it 300 ms after the skeleton at the soonest, which is why a route
 * that can wait for the code alongside its data does so: routes.tsx).
 *
 * A tab opened before a deploy asks for chunks the new build has removed: instead of an error
 * page, the page then loads the new build at the URL the reader was going to. Once only: if that
 * URL was just reloaded for this, the chunk is really broken, and the route's error page says so.
 */
export function lazyPage<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
) {
  let loaded: ComponentType<P> | undefined;
  const preload = () => load().then((module) => (loaded = pick(module)));

  const Lazy = lazy(async () => {
    try {
      const page = await preload();
      forgetReload();
      return { default: page };
    } catch (error) {
      // Decided on first render, when the URL is the target's (the navigation has committed).
      let reloading: boolean | undefined;
      return {
        default: function StaleBuild() {
          reloading ??= claimReload(window.location.href);
          if (!reloading) throw error;
          return <ReloadForNewBuild />;
        },
      };
    }
  });

  function Page(props: P) {
    // Chosen once per page shown: switching from the lazy component to the page's own would
    // mount the page again.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Shown {...props} />;
  }

  /** Whether the code is here; fetches it once asked. A failure is the lazy component's to show. */
  function useLoaded() {
    const [ready, setReady] = useState(loaded !== undefined);
    useEffect(() => {
      const settle = () => {
        setReady(true);
      };
      if (!ready) preload().then(settle, settle);
    }, [ready]);
    return ready;
  }

  return { Page, preload, useLoaded };
}

export type LazyPage<P extends object> = ReturnType<typeof lazyPage<unknown, P>>;
