import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp, screenshot, type AppPage } from './harness';
import type { Page } from 'playwright-core';

const deck = JSON.parse(readFileSync(new URL('../../data/deck.json', import.meta.url), 'utf8')) as { slides: { title: string }[] };
const N = deck.slides.length;
const counter = (page: Page) => page.locator('.counter').textContent();

/** The src of the picture in a region of the presenter window, once it shows `title`. */
async function pictureOf(presenter: Page, region: string, title: string): Promise<string> {
  const img = presenter.getByRole('region', { name: region }).getByRole('img', { name: title });
  await img.waitFor({ timeout: 120_000 });
  return (await img.getAttribute('src'))!;
}

/** How many distinct colours a data-URL picture has (a blank or failed render has a handful). */
const coloursOf = (page: Page, src: string) =>
  page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i] >> 4) * 256 + (data[i + 1] >> 4) * 16 + (data[i + 2] >> 4));
    return seen.size;
  }, src);

describe('presenter view', () => {
  let app: AppPage;
  afterEach(() => app.close());

  it('one action starts the show with the presenter window: pictures of this and the next slide, timers, pointer and pen in both windows', async () => {
    app = await openApp('#labels=both');
    const [presenter] = await Promise.all([
      app.context.waitForEvent('page'),
      app.page.getByRole('button', { name: 'Present with presenter view' }).click({ noWaitAfter: true }),
    ]);
    await presenter.waitForLoadState();
    await expect.poll(() => counter(app.page)).toBe(`1 / ${N}`);
    await expect.poll(() => presenter.locator('.counter').textContent(), { timeout: 60_000 }).toContain(`Slide 1 of ${N}`);

    // Pictures of the audience's slide and the next one, drawn like "Save image", that follow the slide.
    const first = await pictureOf(presenter, 'Current slide', deck.slides[0].title);
    const second = await pictureOf(presenter, 'Next slide', `Next: ${deck.slides[1].title}`);
    expect(first).not.toBe(second);
    expect(await coloursOf(presenter, first)).toBeGreaterThan(20);
    // The pictures name places as the audience's map does: here in English and their own scripts.
    const countryNames = (page: Page, selector: string) =>
      page.evaluate((s) => JSON.stringify((document.querySelector(s) as HTMLElement & { maplibre: { getLayoutProperty(l: string, p: string): unknown } }).maplibre.getLayoutProperty('country-label', 'text-field')), selector);
    const audienceNames = await countryNames(app.page, '[role=region][aria-label="Map"]');
    expect(audienceNames).toContain('"l0"');
    await expect.poll(() => countryNames(presenter, '.offscreen .map')).toBe(audienceNames);
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => counter(app.page)).toBe(`2 / ${N}`);
    expect(await pictureOf(presenter, 'Current slide', deck.slides[1].title)).toBe(second);
    const third = await pictureOf(presenter, 'Next slide', `Next: ${deck.slides[2].title}`);
    expect([first, second]).not.toContain(third);
    // The slide's own timer started with the slide, after the show's.
    const seconds = (text: string | null) => text!.match(/(\d+):(\d\d)/)!.slice(1).reduce((m, s) => Number(m) * 60 + Number(s), 0 as number | string) as number;
    const [total, onSlide] = await Promise.all(['Elapsed time', 'Time on this slide'].map((name) => presenter.getByRole('timer', { name }).textContent()));
    expect(seconds(onSlide)).toBeLessThan(seconds(total));

    // L: the pointer follows the presenter's mouse over the picture, and shows on the audience's map.
    await presenter.keyboard.press('l');
    await expect.poll(() => app.page.getByRole('button', { name: 'Pointer (L)' }).getAttribute('aria-pressed')).toBe('true');
    const picture = (await presenter.locator('.over-map').boundingBox())!;
    await presenter.mouse.move(picture.x + picture.width * 0.25, picture.y + picture.height * 0.5);
    await presenter.getByRole('img', { name: 'Laser pointer' }).waitFor();
    const laser = app.page.getByRole('img', { name: 'Laser pointer' });
    await laser.waitFor();
    const map = (await app.page.getByRole('region', { name: 'Map', exact: true }).boundingBox())!;
    const dot = (await laser.boundingBox())!;
    expect(dot.x + dot.width / 2).toBeCloseTo(map.x + map.width * 0.25, -1);
    expect(dot.y + dot.height / 2).toBeCloseTo(map.y + map.height * 0.5, -1);
    await screenshot(app.page, 'presenter-pointer-audience');

    // D: a pen mark drawn in the presenter window shows in both; the next slide clears it.
    await presenter.keyboard.press('d');
    await presenter.mouse.move(picture.x + picture.width * 0.4, picture.y + picture.height * 0.3);
    await presenter.mouse.down();
    for (let i = 1; i <= 10; i++) await presenter.mouse.move(picture.x + picture.width * (0.4 + i * 0.02), picture.y + picture.height * (0.3 + i * 0.03));
    await presenter.mouse.up();
    await app.page.getByRole('img', { name: 'Pen marks (1)' }).waitFor();
    expect(await presenter.getByRole('img', { name: 'Pen marks (1)' }).count()).toBe(1);
    await screenshot(presenter, 'presenter-view-pictures');
    await screenshot(app.page, 'presenter-pen-audience');
    await app.page.keyboard.press('PageDown');
    await expect.poll(() => counter(app.page)).toBe(`3 / ${N}`);
    await expect.poll(() => app.page.getByRole('img', { name: /Pen marks/ }).count()).toBe(0);
    await expect.poll(() => presenter.getByRole('img', { name: /Pen marks/ }).count()).toBe(0);

    // Closing the presenter window leaves the show running; V opens it again from present mode.
    await presenter.close();
    await app.page.keyboard.press('PageDown');
    await expect.poll(() => counter(app.page)).toBe(`4 / ${N}`);
    const [again] = await Promise.all([app.context.waitForEvent('page'), app.page.keyboard.press('v')]);
    await expect.poll(() => again.locator('.counter').textContent(), { timeout: 60_000 }).toContain(`Slide 4 of ${N}`);
    await again.close();
  }, 240_000);
});
