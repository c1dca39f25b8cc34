import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while React renders a prerendered page on the server and while it hydrates that page in
 * the browser; true from the render after, and in every page the browser rendered itself. What
 * only the reader's device knows (their clock and time zone, their read marks, their script)
 * shows from then on, so the first render matches the HTML it adopts.
 */
export const useHydrated = () =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
