import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { framesDuring, MAP } from './page';

export interface ImportResult {
  /** From the file input's change to the next frame after the map's aria-busy went from true to false. */
  renderedMs: number;
  /** The longest main-thread task (PerformanceObserver "longtask", over 50 ms) in that time; 0 when none. */
  longestTaskMs: number;
  /** Frame times (ms) while the user drags the map with the points on it. */
  panFrames: number[];
}

/** The page said no (a role="alert" appeared, e.g. a file over its size limit): its words. */
export interface ImportRefused {
  refused: string;
}

/** How long an import may take before the bench gives up on it. */
const IMPORT_TIMEOUT = 180_000;

interface ImportWindow {
  __benchImport?: Promise<{ ms: number; longest: number }>;
}

/** The words of the page's last alert, without its buttons ("Dismiss"). */
export const alertText = (page: Page) =>
  page
    .getByRole('alert')
    .last()
    .evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const button of copy.querySelectorAll('button')) button.remove();
      return copy.textContent?.replace(/\s+/g, ' ').trim() || 'refused';
    });

/**
 * The page's user-layer import: a file input named for GeoJSON (the bare page) or for data files
 * (the app, which reads GeoJSON among other formats), or null
 * when it has none. Waited for, as a user would: a page may bring its tools after the map.
 */
export async function importInput(page: Page, timeout = 15_000, label: string | RegExp = /GeoJSON|Import data file/) {
  const input = page.locator('input[type=file]').and(page.getByLabel(label)).first();
  try {
    await input.waitFor({ state: 'attached', timeout });
    return input;
  } catch {
    return null;
  }
}

/**
 * Imports `file` through the page's GeoJSON file input, as a user picking a file would, times it
 * until the map has drawn it, then drags the map to and fro and records the frame times. For the
 * app it also waits for the layer checkbox named after the file. Null when the page has no import;
 * the page's words when it refuses the file (an alert).
 */
export async function importPoints(
  page: Page,
  file: string,
  options: { expectCheckbox: boolean; panSteps?: number; label?: string },
): Promise<ImportResult | ImportRefused | null> {
  const input = await importInput(page, undefined, options.label);
  if (!input) return null;
  const alerts = await page.getByRole('alert').count();
  await page.evaluate((selector) => {
    const region = document.querySelector(selector)!;
    (window as ImportWindow).__benchImport = new Promise((resolve) => {
      let start = NaN;
      let longest = 0;
      const tasks = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.startTime + e.duration >= start) longest = Math.max(longest, e.duration);
      });
      tasks.observe({ type: 'longtask' });
      document.addEventListener('change', () => (start = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver((records) => {
        // Busy spells before the file was chosen (the page restoring stored layers) are not the import's.
        if (Number.isNaN(start)) return;
        if (!records.some((r) => r.oldValue === 'true') || region.getAttribute('aria-busy') !== 'false') return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const ms = performance.now() - start;
            // Tasks that ended by now have been reported (the observer's queue is flushed first).
            for (const e of tasks.takeRecords()) if (e.startTime + e.duration >= start) longest = Math.max(longest, e.duration);
            tasks.disconnect();
            resolve({ ms, longest });
          };
          channel.port2.postMessage(null);
        });
      });
      observer.observe(region, { attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
    });
  }, MAP);
  await input.setInputFiles(file);
  const outcome = await Promise.race([
    page.evaluate(() => (window as ImportWindow).__benchImport!),
    page
      .waitForFunction((n) => document.querySelectorAll('[role=alert]').length > n, alerts, { timeout: IMPORT_TIMEOUT })
      .then(async () => ({ refused: await alertText(page) })),
  ]);
  if ('refused' in outcome) return outcome;
  // A page that refuses a file may still go busy and back: its alert is the answer.
  if ((await page.getByRole('alert').count()) > alerts) {
    return { refused: await alertText(page) };
  }
  const renderedMs = outcome.ms;
  if (options.expectCheckbox) {
    await page.getByRole('checkbox', { name: basename(file), exact: true }).waitFor({ timeout: 10_000 });
  }
  const box = (await page.locator(`${MAP} canvas`).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const steps = options.panSteps ?? 30;
  const panFrames = await framesDuring(page, async () => {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 200, y + 80, { steps });
    await page.mouse.move(x, y, { steps });
    await page.mouse.up();
  });
  return { renderedMs, longestTaskMs: Math.round(outcome.longest), panFrames };
}
