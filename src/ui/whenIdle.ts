/**
 * Runs `run` at the page's next idle moment, and at the latest `timeoutMs` from now: work the
 * reader does not need this instant waits while the thread is busy (while MapLibre starts, say)
 * and is done while it waits (for MapLibre's worker, say). Where the browser has no
 * requestIdleCallback, a task later.
 *
 * @example
 * whenIdle(() => (panelShown = true), 1000)
 */
export function whenIdle(run: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run(), { timeout: timeoutMs });
  else setTimeout(run);
}
