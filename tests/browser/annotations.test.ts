import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapReady, openApp, screenshot, viewOf, type AppPage } from './harness';
import { pageObjects, pdfPages, type PdfImage } from './pdf';
import type { Page } from 'playwright-core';

/** [lon, lat] under a point of the page, or the page point over a [lon, lat], from the map's own camera. */
async function onMap(page: Page, to: 'lngLat' | 'point', at: [number, number]): Promise<[number, number]> {
  return page.evaluate(
    ([to, [a, b]]) => {
      type Camera = { getCanvas(): HTMLCanvasElement; unproject(p: [number, number]): { lng: number; lat: number }; project(l: [number, number]): { x: number; y: number } };
      const map = (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & { maplibre: Camera }).maplibre;
      const box = map.getCanvas().getBoundingClientRect();
      if (to === 'point') {
        const p = map.project([a, b]);
        return [box.left + p.x, box.top + p.y] as [number, number];
      }
      const l = map.unproject([a - box.left, b - box.top]);
      return [l.lng, l.lat] as [number, number];
    },
    [to, at] as const,
  );
}

/** Red pixels in a 60 × 60 px square of the page around the map's [lon, lat]. */
async function redAround(page: Page, lngLat: [number, number]): Promise<number> {
  const [x, y] = await onMap(page, 'point', lngLat);
  return redPixels(page, await page.screenshot({ clip: { x: x - 30, y: y - 30, width: 60, height: 60 } }));
}

const middle = ([a, b]: [number, number][]): [number, number] => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

/** A part of the map, as fractions of its width and height. */
interface MapBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The annotation red, as redPixels counts it, in a picture taken out of a PDF. */
async function redInPdf(page: Page, image: PdfImage): Promise<number> {
  if (image.kind === 'jpeg') return redPixels(page, `data:image/jpeg;base64,${image.data.toString('base64')}`);
  if (image.components !== 3) throw new Error(`a picture with ${image.components} samples a pixel`);
  let red = 0;
  for (let i = 0; i < image.data.length; i += 3) if (isRed(image.data[i], image.data[i + 1], image.data[i + 2])) red++;
  return red;
}

const isRed = (r: number, g: number, b: number) => r > 190 && g < 50 && b < 80;

/**
 * How many pixels of an image (a data URL or PNG bytes) are the annotation red (#e4002b); with
 * `within`, only those in that part of the map of a composed slide image (laid out as in
 * composeImage.ts: banner and title of 44 + 96 px per 1600 px of width above a map of the screen's
 * aspect `mapAspect`, width / height).
 */
async function redPixels(page: Page, image: string | Buffer, within?: { box: MapBox; mapAspect: number }): Promise<number> {
  const url = typeof image === 'string' ? image : `data:image/png;base64,${image.toString('base64')}`;
  // Decoded in a blank page of the same browser: the app's own CSP rightly refuses data: fetches.
  const scratch = await page.context().newPage();
  return scratch
    .evaluate(
      async ([src, within]) => {
        const bitmap = await createImageBitmap(await (await fetch(src)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        let [x0, y0, x1, y1] = [0, 0, bitmap.width, bitmap.height];
        if (within) {
          const u = bitmap.width / 1600;
          const top = Math.round(44 * u) + Math.round(96 * u);
          const mapHeight = bitmap.width / within.mapAspect;
          [x0, x1] = [within.box.x0 * bitmap.width, within.box.x1 * bitmap.width].map(Math.round);
          [y0, y1] = [top + within.box.y0 * mapHeight, top + within.box.y1 * mapHeight].map(Math.round);
        }
        const p = ctx.getImageData(x0, y0, x1 - x0, y1 - y0).data;
        let red = 0;
        // The same rule as isRed (this runs in the page).
        for (let i = 0; i < p.length; i += 4) if (p[i] > 190 && p[i + 1] < 50 && p[i + 2] < 80) red++;
        return red;
      },
      [url, within ?? null] as const,
    )
    .finally(() => scratch.close());
}

describe('slide annotations', () => {
  let app: AppPage;
  afterEach(() => app.close());

  it('an arrow and a text label drawn on slide 2 are kept, moved, exported, imported, presented, saved and printed', async () => {
    app = await openApp();
    const { page } = app;
    const panel = page.getByRole('region', { name: 'Briefing' });
    const slide2 = panel.locator('.slides > li').nth(1);
    await slide2.locator('summary').click();
    await slide2.getByRole('button', { name: 'Arrow' }).click();
    await expect.poll(() => slide2.getByRole('status').textContent()).toContain('where it points');
    // The camera goes to the slide's (zoom 2.4 over the equator at 140° E) before the clicks.
    await expect.poll(async () => (await viewOf(page)).zoom, { timeout: 15_000 }).toBeCloseTo(2.4, 1);
    const map = (await page.getByRole('region', { name: 'Map', exact: true }).boundingBox())!;
    const [cx, cy] = [map.x + map.width / 2, map.y + map.height / 2];
    await page.mouse.click(cx - 150, cy - 60);
    await page.mouse.click(cx + 50, cy + 40);
    await page.mouse.click(cx + 50, cy + 40);
    await expect.poll(() => slide2.getByRole('listitem').count(), { timeout: 15_000 }).toBe(1);
    await slide2.getByLabel('Label text').fill('Shoal in dispute');
    await slide2.getByRole('button', { name: 'Text' }).click();
    await expect.poll(() => slide2.getByRole('status').textContent()).toContain('where it goes');
    await page.mouse.click(cx - 150, cy - 90);
    await expect.poll(() => slide2.getByRole('listitem').count(), { timeout: 15_000 }).toBe(2);
    await screenshot(page, 'annotations-drawn');
    // Save image while the slide's annotations are on the map: the red arrow is in it.
    const [image] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Save image' }).click()]);
    const saved = join(mkdtempSync(join(tmpdir(), 'png-')), 'slide.png');
    await image.saveAs(saved);
    // The arrow runs from 150 px left and 60 px above the map's centre to 50 px right and 40 px below.
    const fx = (dx: number) => 0.5 + dx / map.width;
    const fy = (dy: number) => 0.5 + dy / map.height;
    const arrow = { x0: fx(-160), x1: fx(60), y0: fy(-70), y1: fy(50) };
    const elsewhere = { x0: fx(100), x1: 1, y0: 0, y1: 1 };
    const mapAspect = map.width / map.height;
    expect(await redPixels(page, readFileSync(saved), { box: arrow, mapAspect })).toBeGreaterThan(300);
    expect(await redPixels(page, readFileSync(saved), { box: elsewhere, mapAspect })).toBeLessThan(20);
    await slide2.getByRole('button', { name: 'Done drawing' }).click();
    expect(await slide2.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^arrow/), expect.stringContaining('“Shoal in dispute”')]);

    // Moved: select the arrow on the map and drag it across its own direction (so its old middle is
    // left bare), then one step east with the keyboard. The slide keeps where it went.
    const drawn = [await onMap(page, 'lngLat', [cx - 150, cy - 60]), await onMap(page, 'lngLat', [cx + 50, cy + 40])];
    const [dx, dy] = [-60, 120];
    const dragged = [await onMap(page, 'lngLat', [cx - 150 + dx, cy - 60 + dy]), await onMap(page, 'lngLat', [cx + 50 + dx, cy + 40 + dy])];
    await slide2.getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(() => slide2.getByRole('status').textContent()).toContain('Click an annotation on the map');
    await page.mouse.click(cx - 50, cy - 10);
    await expect.poll(() => slide2.getByRole('status').textContent()).toContain('Annotation 1 (arrow) is selected');
    await page.mouse.move(cx - 50, cy - 10);
    await page.mouse.down();
    // terra-draw starts the drag where the pointer has moved a pixel or two: the arrow lags by that.
    await page.mouse.move(cx - 51, cy - 8);
    await page.mouse.move(cx - 50 + dx, cy - 10 + dy, { steps: 12 });
    await page.mouse.up();
    // The slide's red arrow leaves its old place for the new one (under terra-draw's thin guide).
    await expect.poll(() => redAround(page, middle(drawn)), { timeout: 15_000 }).toBeLessThan(10);
    expect(await redAround(page, middle(dragged))).toBeGreaterThan(50);
    await screenshot(page, 'annotations-moved');
    await slide2.getByRole('button', { name: 'Move annotation 1 (arrow) with the arrow keys' }).press('ArrowRight');
    await expect.poll(() => slide2.getByRole('status').textContent()).toBe('Annotation 1 (arrow) moved 10 pixels east.');
    const degreesPerPixel = 360 / (512 * 2 ** (await viewOf(page)).zoom);
    const stepEast = 10 * degreesPerPixel;
    await slide2.getByRole('button', { name: 'Done drawing' }).click();

    // Kept across a reload, and in the exported deck.
    await page.reload();
    await mapReady(page);
    await slide2.locator('summary').click();
    await expect.poll(() => slide2.getByRole('listitem').count()).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export deck' }).click()]);
    const exported = join(mkdtempSync(join(tmpdir(), 'deck-')), 'annotated.json');
    await download.saveAs(exported);
    const json = JSON.parse(readFileSync(exported, 'utf8'));
    expect(json.slides[1].annotations.map((a: { kind: string }) => a.kind)).toEqual(['arrow', 'text']);
    // Where the drag left it (within the drag's first pixels), and a keyboard step east.
    const moved: [number, number][] = json.slides[1].annotations[0].coordinates;
    expect(moved).toHaveLength(2);
    moved.forEach(([lon, lat], i) => {
      expect(Math.abs(lon - (dragged[i][0] + stepEast))).toBeLessThan(3 * degreesPerPixel);
      expect(Math.abs(lat - dragged[i][1])).toBeLessThan(3 * degreesPerPixel);
    });

    // Imported back after a reset.
    await panel.getByRole('button', { name: 'Reset to the default deck' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => slide2.getByRole('listitem').count()).toBe(0);
    await panel.getByLabel('Import deck (JSON)').setInputFiles(exported);
    await expect.poll(() => slide2.getByRole('listitem').count()).toBe(2);
    // A deck with a bad annotation is refused, naming the slide and the rule.
    json.slides[1].annotations[0].color = 'red';
    const bad = join(mkdtempSync(join(tmpdir(), 'deck-')), 'bad.json');
    writeFileSync(bad, JSON.stringify(json));
    await panel.getByLabel('Import deck (JSON)').setInputFiles(bad);
    await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/slide 2 .*annotation 1: "color" must be a hex colour/);

    // Handout, printed to PDF as the browser prints it: one page per slide; the slide 2 page's
    // picture carries the red arrow, slide 1's has none.
    await page.evaluate(() => (window.print = () => {}));
    await panel.getByRole('button', { name: 'Print handout' }).click();
    const slideCount = await panel.locator('.slides > li').count();
    await expect.poll(() => panel.getByText(`The handout is ready: ${slideCount} pages.`).count(), { timeout: 90_000 }).toBe(1);
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(new URL('./screenshots/handout.pdf', import.meta.url), pdf);
    expect(pageObjects(pdf)).toBe(slideCount);
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(slideCount);
    // Each page's picture of the slide is its largest (the map image, 1 px a CSS pixel of the map).
    expect(pages.map((images) => images.length > 0)).toEqual(pages.map(() => true));
    const [first, second] = pages.slice(0, 2).map((images) => images.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a)));
    expect(second.width).toBeGreaterThan(600);
    expect(await redInPdf(page, second)).toBeGreaterThan(300);
    expect(await redInPdf(page, first)).toBeLessThan(20);

    // Present mode draws them.
    await page.emulateMedia({ media: 'screen' });
    await slide2.getByRole('button', { name: 'Present from here' }).click();
    await expect.poll(() => page.locator('.counter').textContent()).toMatch(/^2 \//);
    // At its new place, not its old one.
    await expect.poll(() => redAround(page, middle(moved)), { timeout: 15_000 }).toBeGreaterThan(100);
    expect(await redAround(page, middle(drawn))).toBeLessThan(10);
    await screenshot(page, 'annotations-present');
  }, 240_000);
});
