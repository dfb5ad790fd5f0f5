import type { Page } from 'playwright-core';
import type { ClickTarget } from './clickTargets';
import { MAP } from './page';

interface ClickWindow {
  __benchClick?: Promise<number>;
}

const frame = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

/**
 * Waits until the page draws nothing heavy: 5 animation frames in a row, each within 25 ms of the
 * last (MapLibre drawing a frame takes longer than that here). Then a click is timed alone, not
 * with the tiles of the place it jumped to, or its hover highlight, still being drawn.
 */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const start = performance.now();
        let quiet = 0;
        let last = start;
        const tick = (t: number) => {
          quiet = t - last < 25 ? quiet + 1 : 0;
          last = t;
          if (quiet >= 5) resolve();
          else if (t - start > 15_000) reject(new Error('the map kept drawing for 15 s'));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
const viewHash = (target: ClickTarget, zoom: number) => `#map=${zoom.toFixed(2)}/${target.lat.toFixed(5)}/${target.lon.toFixed(5)}`;

/** The middle of the map's canvas, where the view's centre (the target) is drawn. */
async function mapCentre(page: Page) {
  const box = (await page.locator(`${MAP} canvas`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * The bare page's floor for a click: milliseconds from the pointer going down on `target` to the
 * next frame after the click. The bare page starts its pan on a move as the app does (see
 * panOnlyOnMove), so no redraw of the map is due: this is the page's frame alone.
 */
export async function clickToFrame(page: Page, target: ClickTarget, zoom = 7): Promise<number> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, viewHash(target, zoom));
  await page.locator(`${MAP}[aria-busy="false"]`).waitFor({ timeout: 30_000 });
  const { x, y } = await mapCentre(page);
  await page.mouse.move(x, y);
  await settled(page);
  await page.evaluate(() => {
    (window as ClickWindow).__benchClick = new Promise((resolve) => {
      let start = NaN;
      addEventListener('pointerdown', () => (start = performance.now()), { once: true, capture: true });
      addEventListener(
        'click',
        () =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - start);
            channel.port2.postMessage(null);
          }),
        { once: true, capture: true },
      );
    });
  });
  await page.mouse.click(x, y);
  return page.evaluate(() => (window as ClickWindow).__benchClick!);
}

/**
 * Clicks `target` on the app's map, as a user would, and returns the milliseconds from the pointer
 * going down to the next frame after the "Selected feature" panel shows the feature's name and
 * passages. The map first jumps to the place (through the URL, as a link would) at `zoom`, and
 * the pointer rests on it until the map says it is over a feature (the pointer cursor) and the
 * page has settled, so only the click is timed, not the drawing of the place.
 */
export async function clickToPassages(page: Page, target: ClickTarget, zoom = 7): Promise<number> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, viewHash(target, zoom));
  const canvas = page.locator(`${MAP} canvas`);
  const { x, y } = await mapCentre(page);
  for (let i = 0; ; i++) {
    await page.mouse.move(x + (i % 2), y);
    await frame(page);
    if ((await canvas.evaluate((c) => (c as HTMLCanvasElement).style.cursor)) === 'pointer') break;
    if (i > 600) throw new Error(`the map never showed "${target.name}" as clickable at ${target.lon}, ${target.lat}`);
  }
  // Let the place and the hover highlight be drawn before the measured click.
  await settled(page);
  await page.evaluate((name) => {
    (window as ClickWindow).__benchClick = new Promise((resolve) => {
      addEventListener(
        'pointerdown',
        () => {
          const start = performance.now();
          const panel = document.getElementById('selected-feature')!;
          const shown = () => panel.querySelector('h2')?.textContent?.trim() === name && panel.querySelector('blockquote');
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            // The frame after the change: rAF runs before it is painted, a message after.
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(null);
            });
          });
          observer.observe(panel, { subtree: true, childList: true, characterData: true });
        },
        { once: true, capture: true },
      );
    });
  }, target.name);
  await page.mouse.click(x, y);
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 15_000));
  try {
    return await Promise.race([page.evaluate(() => (window as ClickWindow).__benchClick!), timeout]);
  } catch {
    const heading = await page.locator('#selected-feature h2').textContent();
    throw new Error(`clicked "${target.name}" but the panel shows "${heading}"`);
  }
}
