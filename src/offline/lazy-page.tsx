import { type ComponentType, lazy } from 'react';
import { ReloadForNewBuild } from './reload-for-new-build';
import { claimReload, forgetReload } from './reload-guard';

/**
 * A page whose code is its own chunk, loaded when first shown (the route's Suspense boundary
 * shows the skeleton meanwhile). A tab opened before a deploy asks for chunks the new build has
 * removed: instead of an error page, the page then loads the new build at the URL the reader was
 * going to. Once only: if that URL was just reloaded for this, the chunk is really broken, and
 * the route's error page says so.
 */
export function lazyPage<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  return lazy(async () => {
    try {
      const module = await load();
      forgetReload();
      return { default: pick(module) };
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
}
