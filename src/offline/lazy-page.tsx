import type { ComponentType } from 'react';
import { ReloadForNewBuild } from './reload-for-new-build';
import { claimReload, forgetReload } from './reload-guard';

/**
 * A lazy route's page component. A tab opened before a deploy asks for chunks the new build
 * has removed: instead of an error page, the route then loads the new build at the URL the
 * reader was going to. Once only: if that URL was just reloaded for this, the chunk is really
 * broken, and the route's error page says so.
 */
export async function lazyPage<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): Promise<ComponentType> {
  try {
    const module = await load();
    forgetReload();
    return pick(module);
  } catch (error) {
    // Decided on first render, when the URL is the target's (the navigation has committed).
    let reloading: boolean | undefined;
    return function StaleBuild() {
      reloading ??= claimReload(window.location.href);
      if (!reloading) throw error;
      return <ReloadForNewBuild />;
    };
  }
}
