/**
 * Runs `callback` once the next frame has painted and the main thread is free, so deferred work
 * never competes with what is about to be shown. Returns a cancel function.
 */
export function afterPaintWhenIdle(callback: () => void): () => void {
  let idle: number | undefined;
  const frame = requestAnimationFrame(() => {
    idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(callback)
        : window.setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    else clearTimeout(idle);
  };
}

/** Runs `callback` once the next frame has painted. */
export function afterPaint(callback: () => void) {
  requestAnimationFrame(() => {
    window.setTimeout(callback, 0);
  });
}
