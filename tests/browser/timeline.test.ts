import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followLink, mapReady, nextFrames, openApp, pixelFor, screenshot, selectedHeading as heading, type AppPage } from './harness';
import type { Page } from 'playwright-core';

const hash = (page: Page) => page.evaluate(() => location.hash);
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
/** Names listed under a layer (its list opened). */
async function listed(page: Page, layer: string): Promise<string[]> {
  const item = page.getByRole('region', { name: 'Layers' }).locator('li', { has: page.getByRole('checkbox', { name: layer }) });
  const details = item.locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await item.locator('summary').click();
  // The list is made after the details' toggle event, a task after the click.
  await item.locator('ul.features').waitFor();
  return item.locator('.features button').allTextContents();
}
describe('the timeline', () => {
  let app: AppPage;
  // One page load: each test starts from a link followed in the page.
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(() => app.close());

  it('a year range that excludes 2013 hides Haiyan on the map and in the list, and goes in the URL', async () => {
    await followLink(app.page, '#map=9.00/11.244/125.004');
    expect(await listed(app.page, 'Relief operations')).toContain('Typhoon Haiyan (Yolanda) relief, Tacloban');
    // The keyboard moves the sliders as a user would: From to the end (2020), then back to 2014.
    const from = timeline(app.page).getByRole('slider', { name: 'From' });
    await from.focus();
    await app.page.keyboard.press('End');
    for (let i = 0; i < 6; i++) await app.page.keyboard.press('ArrowLeft');
    await expect.poll(() => hash(app.page)).toContain('years=2014-2020');
    await expect.poll(() => timeline(app.page).locator('.summary').textContent()).toMatch(/Showing 2014–2020: \d+ of \d+ dated places/);
    expect(await listed(app.page, 'Relief operations')).not.toContain('Typhoon Haiyan (Yolanda) relief, Tacloban');
    expect(await listed(app.page, 'Relief operations')).toContain('MH370 southern Indian Ocean search area');
    // What lasts stays while its range overlaps the years shown: the claims, the 2008 joint development block,
    // and US forces on Okinawa (since 1945).
    expect(await listed(app.page, 'East China Sea disputes')).toEqual([
      'Senkaku Islands (Diaoyu Islands)',
      "China's East China Sea Air Defense Identification Zone (claim)",
      'Japan–China joint development block, 2008',
    ]);
    expect(await listed(app.page, 'Okinawa and US forces')).toContain('US forces in Japan (Kadena Air Base, Okinawa)');

    // Haiyan's point is gone from the map: a click where it was selects nothing.
    await nextFrames(app.page);
    const { x, y } = await pixelFor(app.page, 125.0036, 11.2444);
    await app.page.mouse.click(x, y);
    await nextFrames(app.page);
    await expect.poll(() => heading(app.page).textContent()).toBe('Selected feature');
    await timeline(app.page).scrollIntoViewIfNeeded();
    await screenshot(app.page, 'timeline-2014-2020');

    // "All years" brings it back, clickable again.
    await timeline(app.page).getByRole('button', { name: 'All years' }).click();
    await expect.poll(() => hash(app.page)).not.toContain('years=');
    await app.page.waitForFunction(() => document.querySelector('[aria-label="Map"]')?.getAttribute('aria-busy') === 'false');
    await nextFrames(app.page);
    await app.page.mouse.click(x, y);
    await expect.poll(() => heading(app.page).textContent()).toContain('Haiyan');
  });

  it('a link with a year range opens with it; a selection outside the range is not shown', async () => {
    await followLink(app.page, '#map=5.00/20.000/128.000&sel=typhoon-haiyan-relief&years=2014-2020');
    expect(await timeline(app.page).getByRole('slider', { name: 'From' }).inputValue()).toBe('2014');
    expect(await timeline(app.page).getByRole('slider', { name: 'To' }).inputValue()).toBe('2020');
    await expect.poll(() => heading(app.page).textContent()).toBe('Selected feature');
    // The passage about 2007, 2013 and 2017 is in range (2017); the 1970s one is set back.
    const article = app.page.getByRole('region', { name: 'Article' });
    expect(await article.locator('.passage.outside').filter({ hasText: 'early 1970s' }).count()).toBe(1);
    expect(await article.locator('.passage.outside').filter({ hasText: 'expanded in 2017' }).count()).toBe(0);
  });

  it('Play steps through the years, widening the range, and Pause stops it', async () => {
    await followLink(app.page, '#');
    await timeline(app.page).getByRole('button', { name: 'Play years' }).click();
    // Play starts at the first year (US forces on Okinawa, 1945) and widens from there; it may have
    // taken a step or two before the first look.
    await expect.poll(() => hash(app.page)).toMatch(/years=1945-19\d\d/);
    await expect.poll(() => hash(app.page), { timeout: 10_000 }).toMatch(/years=1945-19[5-9]\d/);
    await timeline(app.page).getByRole('button', { name: 'Pause' }).click();
    const paused = await hash(app.page);
    await app.page.waitForTimeout(1500);
    expect(await hash(app.page)).toBe(paused);
    // The events list shows what happened in the years shown.
    await timeline(app.page).locator('summary').click();
    const events = await timeline(app.page).locator('.events li').allTextContents();
    // US forces on Okinawa, there since 1945, are the first thing the years show.
    expect(events.some((e) => e.includes('1945') && e.includes('US forces in Japan'))).toBe(true);
    expect(events.some((e) => e.includes('Haiyan'))).toBe(false);
    await mapReady(app.page);
  });
});
