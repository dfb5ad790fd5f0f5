import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { followLink, mapReady, openApp, screenshot, viewOf, type AppPage } from './harness';
import type { Download, Page } from 'playwright-core';

const deck = JSON.parse(readFileSync(new URL('../../data/deck.json', import.meta.url), 'utf8')) as {
  slides: { title: string; camera: { center: [number, number]; zoom: number } }[];
};
const N = deck.slides.length;

const slideTitle = (page: Page) => page.locator('.slide-title').textContent();
const counter = (page: Page) => page.locator('.counter').textContent();
const hash = (page: Page) => page.evaluate(() => location.hash);
const slideCount = (page: Page) => page.getByRole('region', { name: 'Briefing' }).locator('.slides > li').count();

async function pressAndWait(page: Page, key: string, slide: number) {
  await page.keyboard.press(key);
  await expect.poll(() => counter(page)).toBe(`${slide} / ${N}`);
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'deck-')), name);
  writeFileSync(path, content);
  return path;
}

// One page load, in order: each test goes on from where the last one left the show.
describe('presenting', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(() => app.close());

  it('the Present button shows slide 1 with its title, passages, counter and marking banners', async () => {
    await app.page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect.poll(() => slideTitle(app.page)).toBe(deck.slides[0].title);
    expect(await counter(app.page)).toBe(`1 / ${N}`);
    expect(await app.page.getByRole('note', { name: 'Marking' }).allTextContents()).toEqual(['UNCLASSIFIED', 'UNCLASSIFIED']);
    expect(await app.page.getByRole('region', { name: 'Passages' }).textContent()).toContain("The 'Quad' countries");
    expect(await app.page.locator('.panel').isVisible()).toBe(false);
    expect(await app.page.getByRole('toolbar', { name: 'Map tools' }).isVisible()).toBe(false);
    expect(await hash(app.page)).toContain('slide=1');
    // Nothing of the slide (its two-line title bar, the passages) covers the zoom buttons.
    for (const name of ['Zoom in', 'Zoom out']) {
      const button = app.page.getByRole('button', { name });
      const box = (await button.boundingBox())!;
      const onTop = await app.page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('button')?.getAttribute('aria-label'), [box.x + box.width / 2, box.y + box.height / 2]);
      expect(onTop, name).toBe(name);
    }
    await screenshot(app.page, 'present-slide-1');
  });

  it('keys and clicker keys step through the deck and the map follows', async () => {
    expect(await counter(app.page)).toBe(`1 / ${N}`);
    await pressAndWait(app.page, 'PageDown', 2);
    await pressAndWait(app.page, 'ArrowRight', 3);
    await pressAndWait(app.page, ' ', 4);
    await pressAndWait(app.page, 'ArrowDown', 5);
    await pressAndWait(app.page, 'PageUp', 4);
    await pressAndWait(app.page, 'ArrowLeft', 3);
    await pressAndWait(app.page, 'End', N);
    const last = deck.slides[N - 1].camera;
    await expect.poll(async () => (await viewOf(app.page)).zoom).toBeCloseTo(last.zoom, 1);
    const { lat, lon } = await viewOf(app.page);
    expect(lon).toBeCloseTo(last.center[0], 1);
    expect(lat).toBeCloseTo(last.center[1], 1);
    await screenshot(app.page, 'present-last-slide');
    await pressAndWait(app.page, 'Home', 1);
    await app.page.keyboard.press('3');
    await expect.poll(() => counter(app.page)).toBe('Go to 3…');
    await pressAndWait(app.page, 'Enter', 3);
    expect(await slideTitle(app.page)).toBe(deck.slides[2].title);
  });

  it('B blanks the screen and brings it back, the next slide shows the map again; Esc leaves present mode', async () => {
    await pressAndWait(app.page, 'Home', 1);
    await pressAndWait(app.page, 'PageDown', 2);
    await app.page.keyboard.press('b');
    await expect.poll(() => app.page.getByText('Screen blanked').count()).toBe(1);
    await app.page.keyboard.press('.');
    await expect.poll(() => app.page.getByText('Screen blanked').count()).toBe(0);
    await app.page.keyboard.press('b');
    await expect.poll(() => app.page.getByText('Screen blanked').count()).toBe(1);
    await pressAndWait(app.page, 'PageDown', 3);
    expect(await app.page.getByText('Screen blanked').count()).toBe(0);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.locator('.panel').isVisible()).toBe(true);
    expect(await app.page.locator('.slide-title').count()).toBe(0);
    expect(await hash(app.page)).not.toContain('slide=');
  });

  // A link opened cold at a slide: places.test.ts ('#layers=quad&slide=3').
  it('a link with &slide=3 followed in the page (the address bar, Back) opens present mode at slide 3', async () => {
    await followLink(app.page, '#map=3.00/10.000/120.000&slide=3');
    await expect.poll(() => slideTitle(app.page)).toBe(deck.slides[2].title);
    expect(await counter(app.page)).toBe(`3 / ${N}`);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.locator('.panel').isVisible()).toBe(true);
  });

  it('the P key enters present mode', async () => {
    await app.page.keyboard.press('p');
    await expect.poll(() => counter(app.page)).toBe(`1 / ${N}`);
  });
});

describe('the presenter window', () => {
  let app: AppPage;
  afterEach(() => app.close());

  it('the presenter window and the audience window stay in step, both ways', async () => {
    app = await openApp();
    const [presenter] = await Promise.all([
      app.context.waitForEvent('page'),
      app.page.getByRole('button', { name: 'Presenter view', exact: true }).click(),
    ]);
    const current = presenter.getByRole('region', { name: 'Current slide' });
    await expect.poll(() => current.textContent()).toContain('Not presenting yet');
    expect(await presenter.getByRole('region', { name: 'Speaker notes' }).textContent()).toContain('Quad');

    // The presenter drives the audience.
    await presenter.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => counter(app.page)).toBe(`1 / ${N}`);
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => counter(app.page)).toBe(`2 / ${N}`);
    expect(await presenter.getByRole('region', { name: 'Next slide' }).textContent()).toContain(deck.slides[2].title);
    await screenshot(presenter, 'presenter-view');

    // The audience drives the presenter.
    await app.page.keyboard.press('PageDown');
    await expect.poll(() => current.textContent()).toContain(deck.slides[2].title);

    // Closing the presenter leaves the audience working.
    await presenter.close();
    await app.page.keyboard.press('PageDown');
    await expect.poll(() => counter(app.page)).toBe(`4 / ${N}`);
  });
});

describe('authoring the deck', () => {
  let app: AppPage;
  afterEach(() => app.close());

  it('a slide added from the current view survives a reload', async () => {
    app = await openApp('#map=6.00/26.500/127.900&sel=okinawa');
    expect(await slideCount(app.page)).toBe(N);
    await app.page.getByRole('button', { name: 'Add slide from current view' }).click();
    await expect.poll(() => slideCount(app.page)).toBe(N + 1);
    await app.page.reload();
    await mapReady(app.page);
    expect(await slideCount(app.page)).toBe(N + 1);
    const last = app.page.getByRole('region', { name: 'Briefing' }).locator('.slides > li').last();
    expect(await last.locator('summary').textContent()).toBe('Okinawa Island');
    // Presenting it shows that view and that selection.
    await last.locator('summary').click();
    await last.getByRole('button', { name: 'Present from here' }).click();
    await expect.poll(() => counter(app.page)).toBe(`${N + 1} / ${N + 1}`);
    expect(await app.page.getByRole('region', { name: 'Passages' }).textContent()).toContain('including Okinawa');
  });

  it('slides can be retitled, given notes, moved and deleted', async () => {
    app = await openApp();
    const items = app.page.getByRole('region', { name: 'Briefing' }).locator('.slides > li');
    const first = items.first();
    await first.locator('summary').click();
    await first.getByLabel('Title').fill('Opening');
    await first.getByLabel('Title').press('Tab');
    await first.getByLabel('Notes').fill('Say hello.');
    await first.getByLabel('Notes').press('Tab');
    await first.getByRole('button', { name: 'Move slide 1 down' }).click();
    await expect.poll(() => items.nth(1).locator('summary').textContent()).toBe('Opening');
    await app.page.getByRole('button', { name: 'Delete slide 1' }).click();
    await expect.poll(() => slideCount(app.page)).toBe(N - 1);
    expect(await items.first().locator('summary').textContent()).toBe('Opening');
    await app.page.reload();
    await mapReady(app.page);
    expect(await items.first().locator('summary').textContent()).toBe('Opening');
  });
});

// One page load: the second test goes on from the deck the first one imports.
describe('importing and resetting the deck', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(() => app.close());

  it('bad deck files are refused with a reason and the deck is unchanged', async () => {
    const input = app.page.getByLabel('Import deck (JSON)');
    const alert = app.page.getByRole('region', { name: 'Briefing' }).getByRole('alert');
    const cases: [string, string, RegExp][] = [
      ['notes.txt', 'this is not json', /not valid JSON/],
      ['empty.json', '{}', /"title"|slides/],
      ['layer.json', JSON.stringify({ title: 'x', slides: [{ ...deck.slides[0], layers: ['atlantis'] }] }), /slide 1.*unknown layer "atlantis"/],
      ['feature.json', JSON.stringify({ title: 'x', slides: [{ ...deck.slides[0], highlight: ['nowhere'] }] }), /unknown feature "nowhere"/],
      ['camera.json', JSON.stringify({ title: 'x', slides: [{ ...deck.slides[0], camera: { center: [200, 95], zoom: 3 } }] }), /out of range/],
    ];
    for (const [name, content, reason] of cases) {
      await input.setInputFiles(tempFile(name, content));
      await expect.poll(() => alert.textContent()).toMatch(reason);
      expect(await alert.textContent()).toContain(name);
      expect(await slideCount(app.page)).toBe(N);
    }
    await screenshot(app.page, 'deck-import-refused');
    // A good file is taken.
    const good = { title: 'Short deck', slides: deck.slides.slice(0, 2) };
    await input.setInputFiles(tempFile('short.json', JSON.stringify(good)));
    await expect.poll(() => slideCount(app.page)).toBe(2);
    expect(await alert.count()).toBe(0);
  });

  it('"Reset to the default deck" asks first', async () => {
    // The two-slide deck the last test imported, less a slide.
    expect(await slideCount(app.page)).toBe(2);
    await app.page.getByRole('region', { name: 'Briefing' }).locator('.slides > li summary').first().click();
    await app.page.getByRole('button', { name: 'Delete slide 1' }).click();
    await expect.poll(() => slideCount(app.page)).toBe(1);
    await app.page.getByRole('button', { name: 'Reset to the default deck' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Reset to the default deck?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await slideCount(app.page)).toBe(1);
    await app.page.getByRole('button', { name: 'Reset to the default deck' }).click();
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => slideCount(app.page)).toBe(N);
  });
});

describe('images, handouts and markings', () => {
  let app: AppPage;
  afterEach(() => app.close());

  /** Size, number of colours, banner colours and banner text of a downloaded PNG. */
  async function inspectPng(page: Page, download: Download) {
    const path = join(mkdtempSync(join(tmpdir(), 'png-')), download.suggestedFilename());
    await download.saveAs(path);
    const base64 = readFileSync(path).toString('base64');
    // Decoded in a blank page of the same browser: the app's own CSP rightly refuses data: fetches.
    const scratch = await page.context().newPage();
    return scratch.evaluate(async (data) => {
      const blob = await (await fetch(`data:image/png;base64,${data}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4 * 97) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
      const at = (x: number, y: number) => {
        const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
        return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      };
      const textPixels = (y0: number, y1: number) => {
        const row = ctx.getImageData(0, y0, bitmap.width, y1 - y0).data;
        let white = 0;
        for (let i = 0; i < row.length; i += 4) if (row[i] > 200 && row[i + 1] > 200 && row[i + 2] > 200) white++;
        return white;
      };
      return {
        width: bitmap.width,
        height: bitmap.height,
        colours: colours.size,
        top: at(5, 5),
        bottom: at(5, bitmap.height - 5),
        bannerText: textPixels(0, 40),
      };
    }, base64).finally(() => scratch.close());
  }

  it('"Save image" downloads a PNG at least 1600 px wide with the map, not blank, between marking banners', async () => {
    app = await openApp('#map=4.00/20.000/125.000&sel=senkaku-islands');
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Save image' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = await inspectPng(app.page, download);
    expect(png.width).toBeGreaterThanOrEqual(1600);
    expect(png.height).toBeGreaterThan(900);
    expect(png.colours).toBeGreaterThan(20);
    expect(png.top).toBe('#007a33');
    expect(png.bottom).toBe('#007a33');
    expect(png.bannerText).toBeGreaterThan(100);
    await download.saveAs(join(new URL('./screenshots/', import.meta.url).pathname, 'saved-image.png'));
  });

  it('the marking is configurable and shows in present mode and on the image', async () => {
    app = await openApp();
    await app.page.getByLabel('Marking', { exact: true }).selectOption('SECRET');
    await app.page.getByLabel('Text', { exact: true }).fill('SECRET//REL TO AUS, JPN');
    await app.page.getByLabel('Text', { exact: true }).press('Tab');
    await app.page.reload();
    await mapReady(app.page);
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Save image' }).click()]);
    expect((await inspectPng(app.page, download)).top).toBe('#c8102e');
    await app.page.keyboard.press('p');
    expect(await app.page.getByRole('note', { name: 'Marking' }).allTextContents()).toEqual([
      'SECRET//REL TO AUS, JPN',
      'SECRET//REL TO AUS, JPN',
    ]);
  });

  it('"Print handout" lays out one printed page per slide', async () => {
    app = await openApp();
    await app.page.evaluate(() => (window.print = () => {}));
    await app.page.getByRole('button', { name: 'Print handout' }).click();
    const status = app.page.getByRole('region', { name: 'Briefing' }).getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toContain(`${N} pages`);
    await app.page.emulateMedia({ media: 'print' });
    const pages = app.page.locator('.handout .page');
    expect(await pages.count()).toBe(N);
    expect(await pages.first().isVisible()).toBe(true);
    expect(await app.page.locator('.app').isVisible()).toBe(false);
    expect(await pages.nth(9).locator('h2').textContent()).toBe(`10. ${deck.slides[9].title}`);
    expect(await pages.nth(9).textContent()).toContain('including Okinawa');
    const pdf = await app.page.pdf({ format: 'A4', printBackground: true });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pageCount).toBe(N);
    writeFileSync(join(new URL('./screenshots/', import.meta.url).pathname, 'handout.pdf'), pdf);
  });
});
