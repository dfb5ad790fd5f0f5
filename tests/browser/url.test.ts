import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followLink, mapMoved, mapReady, openApp, screenshot, selectedHeading as heading, viewOf, type AppPage } from './harness';
import type { Page } from 'playwright-core';

const hash = (page: Page) => page.evaluate(() => location.hash);

// One page load for each describe, in order: each test goes on from the last one's state. A cold
// link with unknown ids or a bad view: garbageHash.test.ts.
describe('sharing a view by URL', () => {
  let app: AppPage;
  const link = '#map=6.00/26.500/127.900&layers=quad,okinawa&sel=okinawa';
  beforeAll(async () => {
    app = await openApp(link);
  });
  afterAll(() => app.close());

  it('a deep link reproduces the view, the layers and the selection', async () => {
    expect(await hash(app.page)).toBe(link);
    expect(await app.page.getByRole('checkbox', { name: 'Quad members' }).isChecked()).toBe(true);
    expect(await app.page.getByRole('checkbox', { name: 'Okinawa and US forces' }).isChecked()).toBe(true);
    expect(await app.page.getByRole('checkbox', { name: 'South China Sea disputes' }).isChecked()).toBe(false);
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    await screenshot(app.page, 'deep-link-okinawa');
  });

  it('a reload keeps the view', async () => {
    await app.page.reload();
    await mapReady(app.page);
    expect(await hash(app.page)).toBe(link);
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
  });

  it('back and forward step through selections', async () => {
    await followLink(app.page, '#map=3.00/15.000/125.000');
    await expect.poll(() => heading(app.page).textContent()).toBe('Selected feature');
    const choose = async (layer: string, name: string | RegExp) => {
      const item = app.page.locator('li', { has: app.page.getByRole('checkbox', { name: layer }) });
      await item.locator('summary').click();
      await item.getByRole('button', { name }).click();
    };
    await choose('Okinawa and US forces', 'Okinawa Island');
    await expect.poll(() => hash(app.page)).toContain('sel=okinawa');
    await choose('Relief operations', /Haiyan/);
    await expect.poll(() => hash(app.page)).toContain('sel=typhoon-haiyan-relief');

    // history.back() as the browser's Back button does it (same document: no page load to wait for).
    await app.page.evaluate(() => history.back());
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    await app.page.evaluate(() => history.back());
    await expect.poll(() => heading(app.page).textContent()).toBe('Selected feature');
    await app.page.evaluate(() => history.forward());
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    expect(app.errors).toEqual([]);
  });

  it('a link edited in the address bar moves the map there, without errors', async () => {
    await followLink(app.page, '#map=7.00/36.000/138.000&sel=japan');
    await expect.poll(() => heading(app.page).textContent()).toBe('Japan');
    await expect.poll(() => viewOf(app.page)).toEqual({ zoom: 7, lat: 36, lon: 138 });
    expect(app.errors).toEqual([]);
  });
});

describe('using it with the keyboard', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(() => app.close());

  it('lists the features of a layer; Enter on one selects it and moves the map', async () => {
    const start = await hash(app.page);
    const item = app.page.locator('li', { has: app.page.getByRole('checkbox', { name: 'East China Sea disputes' }) });
    await item.locator('summary').focus();
    await app.page.keyboard.press('Enter');
    const button = item.getByRole('button', { name: 'Senkaku Islands (Diaoyu Islands)' });
    await button.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => heading(app.page).textContent()).toBe('Senkaku Islands (Diaoyu Islands)');
    await mapMoved(app.page, start);
    const { lat, lon } = await viewOf(app.page);
    expect(lat).toBeCloseTo(25.74, 1);
    expect(lon).toBeCloseTo(123.48, 1);
  });

  it('a hidden layer has no feature list', async () => {
    await app.page.getByRole('checkbox', { name: 'Relief operations' }).press('Space');
    const item = app.page.locator('li', { has: app.page.getByRole('checkbox', { name: 'Relief operations' }) });
    expect(await item.locator('details').count()).toBe(0);
  });

  it('Escape clears the selection', async () => {
    await followLink(app.page, '#sel=okinawa');
    // The focus is still on the checkbox of the last test: Esc is the app's there too.
    expect(await app.page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => heading(app.page).textContent()).toBe('Selected feature');
  });
});
