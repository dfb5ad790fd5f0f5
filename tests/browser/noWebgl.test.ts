import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { mapReady, openApp, screenshot, type AppPage } from './harness';
import { CHROMIUM_ARGS } from './globalSetup';

const heading = (app: AppPage) => app.page.getByRole('region', { name: 'Selected feature' }).getByRole('heading', { level: 2 });

describe('a browser without WebGL', () => {
  let browser: Browser;
  let app: AppPage;
  beforeAll(async () => {
    // As a locked-down browser or an old VM without a GPU would be.
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
    });
    app = await openApp('', { browser, waitForMap: false });
    await mapReady(app.page);
    await screenshot(app.page, 'no-webgl');
  });
  afterAll(async () => {
    await app.close();
    await browser.close();
  });

  it('has no WebGL at all (the test would prove nothing otherwise)', async () => {
    expect(await app.page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(false);
  });

  it('says plainly that the map needs WebGL and what still works', async () => {
    const alert = app.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/The map needs WebGL/);
    expect(await alert.textContent()).toMatch(/layers, the article and its passages still work/);
    expect(await alert.textContent()).not.toMatch(/undefined|Error:|\bat \w/);
    expect(await app.page.getByRole('region', { name: 'Map', exact: true }).getAttribute('aria-busy')).toBe('false');
    expect(await app.page.getByText('Loading map…').count()).toBe(0);
  });

  it('the feature lists select a feature and show its passages', async () => {
    const item = app.page.locator('li', { has: app.page.getByRole('checkbox', { name: 'Okinawa and US forces' }) });
    await item.locator('summary').click();
    await item.getByRole('button', { name: 'Okinawa Island' }).click();
    await expect.poll(() => heading(app).textContent()).toBe('Okinawa Island');
    await expect.poll(() => app.page.getByRole('region', { name: 'Selected feature' }).locator('blockquote').count()).toBe(1);
    await app.page.getByRole('button', { name: /Show in article/ }).click();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.id)).toMatch(/^passage-p\d+-s\d+$/);
  });

  it('the article\'s phrases select their place', async () => {
    await app.page.getByRole('region', { name: 'Article' }).getByRole('button', { name: 'East China Seas' }).click();
    await expect.poll(() => heading(app).textContent()).toBe('Senkaku Islands (Diaoyu Islands)');
    expect(await app.page.evaluate(() => location.hash)).toContain('sel=senkaku-islands');
    // With no map to look at, the panel that answers comes into view.
    await expect.poll(() => heading(app).isVisible()).toBe(true);
    expect(await heading(app).evaluate((h) => h.getBoundingClientRect().top >= 0 && h.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await screenshot(app.page, 'no-webgl-senkaku');
  });

  it('logs no uncaught error', () => {
    expect(app.errors.filter((e) => !/WebGL/i.test(e))).toEqual([]);
    expect(app.violations).toEqual([]);
  });
});
