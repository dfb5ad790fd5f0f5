import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followLink, mapMoved, openApp, screenshot, selectedHeading as heading, viewOf, type AppPage } from './harness';
import type { Page } from 'playwright-core';

const box = (page: Page) => page.getByRole('combobox', { name: 'Search places and the article' });

// One page load for the file; each test after the first starts from a link.
describe('searching', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(() => app.close());

  it('"/" focuses the search box; "Diaoyu" lists the Senkakus first and Enter selects them and flies there', async () => {
    const start = await app.page.evaluate(() => location.hash);
    // Focus on the map (a click on empty sea), then "/" from there.
    await app.page.getByRole('region', { name: 'Map', exact: true }).click({ position: { x: 300, y: 600 } });
    await app.page.keyboard.press('/');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await app.page.keyboard.type('Diaoyu');
    const listbox = app.page.getByRole('listbox', { name: 'Search results' });
    const places = listbox.getByRole('group', { name: 'Places' }).getByRole('option');
    await expect.poll(() => places.first().textContent()).toContain('Senkaku Islands (Diaoyu Islands)');
    expect(await box(app.page).getAttribute('aria-expanded')).toBe('true');
    await screenshot(app.page, 'search-diaoyu');
    await app.page.keyboard.press('ArrowDown');
    expect(await box(app.page).getAttribute('aria-activedescendant')).toBe(await places.first().getAttribute('id'));
    expect(await places.first().getAttribute('aria-selected')).toBe('true');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => heading(app.page).textContent()).toBe('Senkaku Islands (Diaoyu Islands)');
    await expect.poll(() => app.page.evaluate(() => location.hash)).toContain('sel=senkaku-islands');
    await mapMoved(app.page, start);
    const view = await viewOf(app.page);
    expect(Math.abs(view.lon - 123.5)).toBeLessThan(1);
    expect(Math.abs(view.lat - 25.75)).toBeLessThan(1);
    expect(await box(app.page).getAttribute('aria-expanded')).toBe('false');
    expect(app.errors).toEqual([]);
  });

  it('forgives diacritics and case, and groups passages apart from places', async () => {
    await box(app.page).fill('TRUONG SA');
    const listbox = app.page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => listbox.getByRole('group', { name: 'Places' }).getByRole('option').first().textContent()).toContain(
      'Spratly Islands (Nansha Islands, Trường Sa Islands',
    );
    await box(app.page).fill('haiyan');
    await expect.poll(() => listbox.getByRole('group', { name: 'Passages' }).getByRole('option').count()).toBe(1);
    expect(await listbox.getByRole('group', { name: 'Passages' }).getByRole('option').textContent()).toContain('2013 Typhoon Haiyan in the Philippines');
  });

  it('choosing a passage without a place scrolls the article to it and focuses it', async () => {
    await followLink(app.page, '#');
    await expect.poll(() => heading(app.page).textContent()).toBe('Selected feature');
    await box(app.page).fill('complementary strengths');
    const option = app.page.getByRole('group', { name: 'Passages' }).getByRole('option');
    await expect.poll(() => option.count()).toBe(1);
    await option.click();
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.textContent))
      .toBe('The Australia-Japan economic relationship is underpinned by complementary strengths and needs.');
    await expect.poll(() => heading(app.page).textContent()).toBe('Selected feature');
  });

  it('says so when nothing matches, and Esc closes the list before it clears the selection', async () => {
    await followLink(app.page, '#sel=okinawa');
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    await box(app.page).fill('zzqx');
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: 'Nothing matches' }).count()).toBe(1);
    await box(app.page).fill('okin');
    await expect.poll(() => box(app.page).getAttribute('aria-expanded')).toBe('true');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => box(app.page).getAttribute('aria-expanded')).toBe('false');
    expect(await heading(app.page).textContent()).toBe('Okinawa Island');
  });

  it('a search result in a hidden layer turns the layer on', async () => {
    await followLink(app.page, '#layers=quad');
    await expect.poll(() => app.page.getByRole('checkbox', { name: 'South China Sea disputes' }).isChecked()).toBe(false);
    await box(app.page).fill('scarborough');
    await app.page.getByRole('option', { name: /Scarborough Shoal/ }).click();
    await expect.poll(() => heading(app.page).textContent()).toContain('Scarborough Shoal');
    expect(await app.page.getByRole('checkbox', { name: 'South China Sea disputes' }).isChecked()).toBe(true);
  });
});
