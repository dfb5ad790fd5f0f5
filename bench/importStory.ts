import type { Page } from 'playwright-core';
import { alertText, type ImportRefused } from './importPoints';
import { MAP, type ReadyWindow } from './page';

export interface StoryRun {
  /** From the file's choice to the start of the page that shows the story (read, checked and kept by then). */
  restartMs: number;
  /** From the file's choice to that page's map first not busy: every feature of the story drawn. */
  drawnMs: number;
  /** The longest main-thread task in that time, on either page (0 when none over 50 ms). */
  longestTaskMs: number;
  /** The view the story opened at, as the app's hash says it (`#map=…`). */
  view: string;
}

/** Where the pages leave their figures: sessionStorage lives on when the tab loads its next page. */
const KEYS = { chosen: 'bench-story-chosen', longest: 'bench-story-longest' };

/**
 * Keeps the longest main-thread task that ended after the file's choice (epoch ms in
 * sessionStorage), on this page and, run as an init script, on the page the app starts next.
 */
function watchLongTasks(keys: typeof KEYS) {
  new PerformanceObserver((list) => {
    const chosen = Number(sessionStorage.getItem(keys.chosen) ?? NaN);
    let longest = Number(sessionStorage.getItem(keys.longest) ?? 0);
    for (const e of list.getEntries()) if (performance.timeOrigin + e.startTime + e.duration >= chosen) longest = Math.max(longest, e.duration);
    sessionStorage.setItem(keys.longest, String(longest));
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Imports the story package `file` through the app's "Import a story package" input, as a user
 * picking it would, on a page opened by `openMeasured` (its init script marks the first moment
 * each page's map is not busy). The app reads, checks and keeps the package, then starts again
 * with it; its map stays busy until the whole story is drawn. The page's words when it refuses.
 */
export async function importStory(page: Page, file: string, timeout = 180_000): Promise<StoryRun | ImportRefused> {
  await page.context().addInitScript(watchLongTasks, KEYS);
  await page.evaluate((k) => {
    sessionStorage.removeItem(k.longest);
    document.addEventListener('change', () => sessionStorage.setItem(k.chosen, String(performance.timeOrigin + performance.now())), { capture: true, once: true });
  }, KEYS);
  await page.evaluate(watchLongTasks, KEYS);
  const alerts = await page.getByRole('alert').count();
  const input = page.getByLabel('Import a story package');
  const started = Promise.all([page.waitForEvent('load', { timeout }), input.setInputFiles(file)]).then(() => 'started' as const);
  const refused = page
    .waitForFunction((n) => document.querySelectorAll('[role=alert]').length > n, alerts, { timeout })
    .then(async () => ({ refused: await alertText(page) }));
  // The one that loses the race fails later (its wait times out, or its page is gone): not an error.
  started.catch(() => {});
  refused.catch(() => {});
  const outcome = await Promise.race([started, refused]);
  if (outcome !== 'started') return outcome;
  await page.locator(`${MAP}[aria-busy="false"]`).waitFor({ timeout });
  // The last long tasks are reported after they end: a frame, then a task, lets them in.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return page.evaluate((k) => {
    const chosen = Number(sessionStorage.getItem(k.chosen));
    return {
      restartMs: performance.timeOrigin - chosen,
      drawnMs: performance.timeOrigin + ((window as ReadyWindow).__benchReadyAt ?? NaN) - chosen,
      longestTaskMs: Number(sessionStorage.getItem(k.longest) ?? 0),
      view: `#${location.hash.match(/map=[^&]+/)?.[0] ?? ''}`,
    };
  }, KEYS);
}
