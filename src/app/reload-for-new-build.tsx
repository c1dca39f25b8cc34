import { useEffect } from 'react';
import { PageSkeleton } from '../ui/page-skeleton';

/** Loads this URL afresh (so the new build), showing the loading page meanwhile. */
export function ReloadForNewBuild() {
  useEffect(() => {
    window.location.reload();
  }, []);
  return <PageSkeleton />;
}
