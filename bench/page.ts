import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The region every measured page signals readiness on (the app's convention, and the bare page's). */
export const MAP = '[role=region][aria-label="Map"]';

export interface Viewport {
  width: number;
  height: number;
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Milliseconds from the start of navigation to the map's first aria-busy="false". */
  readyAt: number;
  /** Page errors, console errors and off-origin requests seen so far (none when it opened). */
  problems: string[];
  close(): Promise<void>;
}

/** What openMeasured's init script leaves on each page it opens (performance.now() of the map's first aria-busy="false"). */
export interface ReadyWindow {
  __benchReadyAt?: number;
}

/**
 * Opens `url` in a fresh browser context (empty cache) and waits for the map's first
 * aria-busy="false", timed inside the page from the start of navigation. Fails on any page error
 * or console error, and on any request that leaves 127.0.0.1: a broken or online page is not measured.
 */
export async function openMeasured(
  browser: Browser,
  url: string,
  options: { viewport: Viewport; motion?: boolean; onContext?: (context: BrowserContext) => void },
): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: options.viewport, reducedMotion: options.motion ? 'no-preference' : 'reduce' });
  options.onContext?.(context);
  const problems: string[] = [];
  context.on('request', (r) => {
    const { hostname, protocol } = new URL(r.url());
    if (hostname !== '127.0.0.1' && protocol !== 'blob:' && protocol !== 'data:') problems.push(`request to ${r.url()}`);
  });
  await context.addInitScript((selector: string) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector(`${selector}[aria-busy="false"]`)) {
        (window as ReadyWindow).__benchReadyAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  }, MAP);
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    // Chromium asks every page without an icon for /favicon.ico; its 404 is no fault of the page.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`${m.text()} (${m.location().url})`);
  });
  const close = () => context.close();
  try {
    await page.goto(url);
    await page.locator(`${MAP}[aria-busy="false"]`).waitFor({ timeout: 60_000 });
    if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
    const readyAt = await page.evaluate(() => (window as ReadyWindow).__benchReadyAt ?? NaN);
    return { page, context, readyAt, problems, close };
  } catch (e) {
    await close();
    throw e;
  }
}

interface FramesWindow {
  __benchFrames?: { times: number[]; stop: boolean };
}

/**
 * Runs `action` and returns the time between consecutive frames (ms) the page drew meanwhile, as
 * requestAnimationFrame sees them: a long frame is one the page was too busy to draw on time.
 */
export async function framesDuring(page: Page, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const state = { times: [] as number[], stop: false };
    (window as FramesWindow).__benchFrames = state;
    const tick = (t: number) => {
      state.times.push(t);
      if (!state.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  const times = await page.evaluate(() => {
    const state = (window as FramesWindow).__benchFrames!;
    state.stop = true;
    return state.times;
  });
  return times.slice(1).map((t, i) => t - times[i]);
}
