import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapReady, openApp, screenshot, type AppPage } from './harness';
import type { Page } from 'playwright-core';

/** How many pixels of an image (a data URL or PNG bytes) are the annotation red (#e4002b). */
async function redPixels(page: Page, image: string | Buffer): Promise<number> {
  const url = typeof image === 'string' ? image : `data:image/png;base64,${image.toString('base64')}`;
  // Decoded in a blank page of the same browser: the app's own CSP rightly refuses data: fetches.
  const scratch = await page.context().newPage();
  return scratch
    .evaluate(async (src) => {
      const bitmap = await createImageBitmap(await (await fetch(src)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const p = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let red = 0;
      for (let i = 0; i < p.length; i += 4) if (p[i] > 190 && p[i + 1] < 50 && p[i + 2] < 80) red++;
      return red;
    }, url)
    .finally(() => scratch.close());
}

describe('slide annotations', () => {
  let app: AppPage;
  afterEach(() => app.close());

  it('an arrow and a text label drawn on slide 2 are kept, exported, imported, presented, saved and printed', async () => {
    app = await openApp();
    const { page } = app;
    const panel = page.getByRole('region', { name: 'Briefing' });
    const slide2 = panel.locator('.slides > li').nth(1);
    await slide2.locator('summary').click();
    await slide2.getByRole('button', { name: 'Arrow' }).click();
    await expect.poll(() => slide2.getByRole('status').textContent()).toContain('where it points');
    await page.waitForTimeout(1500); // the camera jumps to the slide's
    const map = (await page.getByRole('region', { name: 'Map' }).boundingBox())!;
    const [cx, cy] = [map.x + map.width / 2, map.y + map.height / 2];
    await page.mouse.click(cx - 150, cy - 60);
    await page.mouse.click(cx + 50, cy + 40);
    await page.mouse.click(cx + 50, cy + 40);
    await expect.poll(() => slide2.getByRole('listitem').count(), { timeout: 15_000 }).toBe(1);
    await slide2.getByLabel('Label text').fill('Shoal in dispute');
    await slide2.getByRole('button', { name: 'Text' }).click();
    await page.mouse.click(cx - 150, cy - 90);
    await expect.poll(() => slide2.getByRole('listitem').count(), { timeout: 15_000 }).toBe(2);
    await screenshot(page, 'annotations-drawn');
    // Save image while the slide's annotations are on the map: the red arrow is in it.
    const [image] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Save image' }).click()]);
    const saved = join(mkdtempSync(join(tmpdir(), 'png-')), 'slide.png');
    await image.saveAs(saved);
    expect(await redPixels(page, readFileSync(saved))).toBeGreaterThan(300);
    await slide2.getByRole('button', { name: 'Done drawing' }).click();
    expect(await slide2.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^arrow/), expect.stringContaining('“Shoal in dispute”')]);

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

    // Handout: the slide 2 page's picture carries the red arrow; slide 1's has none.
    await page.evaluate(() => (window.print = () => {}));
    await panel.getByRole('button', { name: 'Print handout' }).click();
    await expect.poll(() => page.locator('.handout .page img').count(), { timeout: 90_000 }).toBeGreaterThan(2);
    const [first, second] = await Promise.all([0, 1].map((i) => page.locator('.handout .page img').nth(i).getAttribute('src')));
    expect(await redPixels(page, second!)).toBeGreaterThan(300);
    expect(await redPixels(page, first!)).toBeLessThan(20);

    // Present mode draws them.
    await page.emulateMedia({ media: 'screen' });
    await slide2.getByRole('button', { name: 'Present from here' }).click();
    await expect.poll(() => page.locator('.counter').textContent()).toMatch(/^2 \//);
    await page.waitForTimeout(1500);
    await screenshot(page, 'annotations-present');
    expect(await redPixels(page, await page.screenshot())).toBeGreaterThan(300);
  }, 240_000);
});
