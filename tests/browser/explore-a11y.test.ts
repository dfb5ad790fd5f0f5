import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { followLink, mapMoved, mapReady, openApp, pixelFor, screenshot, type AppPage } from './harness';
import { axeViolations as violations } from './axe';

describe('the explore tools with keyboard and screen reader', () => {
  let app: AppPage;
  // One page load: each test starts from a link followed in the page.
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(() => app.close());

  it('have no serious axe violations with the search list open, a user layer and its feature selected', async () => {
    await followLink(app.page, '#map=6.00/26.000/125.600');
    const dir = mkdtempSync(join(tmpdir(), 'briefing-a11y-'));
    const file = join(dir, 'points.geojson');
    writeFileSync(file, JSON.stringify({ type: 'Feature', properties: { name: 'Survey point', depth: 30 }, geometry: { type: 'Point', coordinates: [126.9, 26.9] } }));
    await app.page.getByLabel('Import data file').setInputFiles(file);
    await app.page.getByRole('checkbox', { name: 'points.geojson' }).waitFor();
    await mapReady(app.page);
    const { x, y } = await pixelFor(app.page, 126.9, 26.9);
    await app.page.mouse.click(x, y);
    await expect.poll(() => app.page.getByRole('table', { name: 'Properties' }).count()).toBe(1);
    await app.page.getByRole('combobox', { name: 'Search places and the article' }).fill('sea');
    await expect.poll(() => app.page.getByRole('option').count()).toBeGreaterThan(1);
    await app.page.getByRole('region', { name: 'Timeline' }).locator('summary').click();
    expect(await violations(app.page)).toEqual([]);
  });

  it('have no serious axe violations with the measure tool open and a distance shown', async () => {
    await followLink(app.page, '#map=6.00/26.000/125.600&sel=okinawa');
    await app.page.getByRole('combobox', { name: 'Distance to' }).selectOption({ label: 'Senkaku Islands (Diaoyu Islands)' });
    await app.page.getByRole('button', { name: 'Measure distance' }).click();
    await app.page.getByRole('button', { name: 'Add point at map centre' }).click();
    expect(await violations(app.page)).toEqual([]);
    await app.page.getByRole('button', { name: 'Range ring', exact: true }).click();
    expect(await violations(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
  });

  it('measure with the keyboard alone: open the tool, pan with the arrow keys, add points at the centre', async () => {
    await followLink(app.page, '#map=6.00/26.000/125.600');
    const measure = app.page.getByRole('button', { name: 'Measure distance' });
    await measure.focus();
    await app.page.keyboard.press('Enter');
    expect(await measure.getAttribute('aria-pressed')).toBe('true');
    const add = app.page.getByRole('button', { name: 'Add point at map centre' });
    await add.focus();
    await app.page.keyboard.press('Enter');
    // Pan east with the keyboard on the map, then add the second point.
    const before = await app.page.evaluate(() => location.hash);
    await app.page.locator('[aria-label="Map"] canvas').focus();
    for (let i = 0; i < 4; i++) await app.page.keyboard.press('ArrowRight');
    await mapMoved(app.page, before);
    await add.focus();
    await app.page.keyboard.press('Enter');
    const readout = app.page.getByRole('region', { name: 'Measure distance' }).locator('.readout');
    await expect.poll(() => readout.textContent()).toMatch(/Length: [\d,.]+ km \([\d,.]+ nmi\)/);
    expect(await readout.getAttribute('aria-live')).toBe('polite');
    await screenshot(app.page, 'measure-keyboard');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => measure.getAttribute('aria-pressed')).toBe('false');
  });
});
