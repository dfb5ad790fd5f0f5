import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { followLink, mapMoved, openApp, screenshot, selectedHeading as heading, viewOf, type AppPage } from './harness';

const source = readFileSync(new URL('../../data/article.md', import.meta.url), 'utf8');
/** The article's paragraphs as the reader must see them: data/article.md without its link markup. */
const paragraphs = source
  .split(/^---$/m)[2]
  .trim()
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\[([^\]]+)\]\(#[^)]+\)/g, '$1').trim());


// One page for the file, in order: reading first, then selections (each test starts from the last one's state).
describe('the article view', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp('', { motion: true });
  });
  afterAll(() => app.close());

  it('shows the whole article verbatim, without the page chrome', async () => {
    const article = app.page.getByRole('region', { name: 'Article' });
    const shown = await article.locator('p:not(.meta)').allTextContents();
    expect(shown).toEqual(paragraphs);
    const text = (await article.textContent()) ?? '';
    expect(text).not.toContain('JOIN NOW');
    expect(text).not.toContain('Join the mailing list');
  });

  it('makes every linked phrase a button', async () => {
    const phrases = await app.page.getByRole('region', { name: 'Article' }).getByRole('button').allTextContents();
    expect(phrases).toContain('Okinawa');
    expect(phrases).toContain('2013 Typhoon Haiyan in the Philippines');
    expect(phrases.length).toBe([...source.matchAll(/\]\(#/g)].length);
  });

  it('activating a phrase flies the map to its feature and selects it', async () => {
    const start = await app.page.evaluate(() => location.hash);
    const before = await viewOf(app.page);
    await app.page.getByRole('region', { name: 'Article' }).getByRole('button', { name: 'Okinawa', exact: true }).click();
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    await mapMoved(app.page, start);
    const after = await viewOf(app.page);
    expect(after.zoom).toBeGreaterThan(before.zoom + 3);
    expect(after.lat).toBeCloseTo(26.5, 0);
    expect(after.lon).toBeCloseTo(127.9, 0);
    await screenshot(app.page, 'article-okinawa');
  });

  it('a phrase linked to several features fits them all and selects the first', async () => {
    const start = await app.page.evaluate(() => location.hash);
    await app.page.getByRole('button', { name: 'maritime territorial disputes' }).click();
    await expect.poll(() => heading(app.page).textContent()).toContain('Spratly Islands');
    await mapMoved(app.page, start);
    const { lat, lon } = await viewOf(app.page);
    // Between the Spratlys (10°N 114°E) and the Senkakus (25.7°N 123.5°E).
    expect(lat).toBeGreaterThan(8);
    expect(lat).toBeLessThan(24);
    expect(lon).toBeGreaterThan(110);
    expect(lon).toBeLessThan(125);
  });

  it('a phrase answers Enter from the keyboard like any button', async () => {
    await app.page.getByRole('button', { name: 'East Timor', exact: true }).focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => heading(app.page).textContent()).toContain('East Timor');
  });

  it('"Show in article" brings the passage into view and focuses it', async () => {
    await followLink(app.page, '#sel=pko-cambodia');
    await expect.poll(() => heading(app.page).textContent()).toContain('Cambodia');
    await app.page.getByRole('button', { name: /Show in article/ }).click();
    const focused = await app.page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('United Nations peacekeeping missions');
  });
});
