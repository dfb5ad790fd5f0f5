import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { fontsDrawing, mapReady, openFromDisk, pixelFor, screenshot, selectedHeading as heading } from './harness';
import { SINGLE_FILE, SINGLE_FILE_BUDGET } from '../../scripts/singleFilePlugin';
import { HOSTILE_VERDICTS, expectHostileExported, importHostileGeojson } from './hostileGeojson';
import { pmtiles } from '../fixtures/imports/pmtilesFixture';

const file = fileURLToPath(new URL(`../../${SINGLE_FILE}`, import.meta.url));

/** Opens the single file from disk (see openFromDisk). */
const openSingleFile = (hash = '') => openFromDisk(file, hash);

describe('the single file, opened from disk', () => {
  let context: BrowserContext;
  afterEach(() => context?.close());

  it('is the only file in its folder: the import worker is inside it, as MapLibre\'s is', () => {
    expect(readdirSync(dirname(file))).toEqual([SINGLE_FILE.split('/').pop()]);
  });

  it(`is one file under ${SINGLE_FILE_BUDGET / 1024 / 1024} MB that references nothing outside itself`, () => {
    expect(statSync(file).size).toBeLessThan(SINGLE_FILE_BUDGET);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<(script|link|img)\b[^>]*\b(src|href)=/i);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
  });

  it('renders the map and answers a click with zero network requests and no CSP violation', async () => {
    const app = await openSingleFile('#map=8.00/26.450/127.850');
    context = app.context;
    await mapReady(app.page);
    const { x, y } = await pixelFor(app.page, 128.05, 26.62);
    await app.page.mouse.click(x, y);
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    await expect.poll(() => app.page.getByRole('region', { name: 'Selected feature' }).locator('blockquote').count()).toBe(1);
    await screenshot(app.page, 'single-file-okinawa');
    expect(app.requests).toEqual([]);
    expect(app.violations).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('opens on the Indo-Pacific with every layer, the article and its links working', async () => {
    const app = await openSingleFile();
    context = app.context;
    await mapReady(app.page);
    expect(await app.page.getByRole('region', { name: 'Layers' }).getByRole('checkbox').count()).toBe(7);
    await app.page.getByRole('region', { name: 'Article' }).getByRole('button', { name: 'East China Seas' }).click();
    await expect.poll(() => heading(app.page).textContent()).toBe('Senkaku Islands (Diaoyu Islands)');
    await expect.poll(() => app.page.evaluate(() => location.hash)).toContain('sel=senkaku-islands');
    // Its Japanese name in the Japanese font the file carries (no CJK font on this machine).
    await expect.poll(async () => (await fontsDrawing(app.page, 'ul.names span.name[lang="ja"]')).map((e) => e.fonts.join(' + '))).toEqual([expect.stringMatching(/^Noto Sans JP\b[^+]*$/)]);
    await app.page.getByRole('checkbox', { name: 'Relief operations' }).click();
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    // The territorial seas come inside the file too.
    await app.page.getByRole('region', { name: 'Basemap overlays' }).getByRole('checkbox').check();
    const zones = () =>
      app.page.evaluate(() =>
        (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & { maplibre: { queryRenderedFeatures(o: object): unknown[] } }).maplibre.queryRenderedFeatures({
          layers: ['maritime-zone-fill', 'maritime-zone-fill-close'],
        }).length,
      );
    await expect.poll(zones).toBeGreaterThan(0);
    expect(await app.page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Territorial seas: © OpenStreetMap contributors, ODbL');
    await screenshot(app.page, 'single-file-senkaku');
    expect(app.requests).toEqual([]);
    expect(app.violations).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('imports GeoJSON in a worker of its own, with zero requests and no CSP violation; hostile files get the served build\'s verdicts and export', async () => {
    const app = await openSingleFile('#map=3.00/15.000/125.000');
    context = app.context;
    await mapReady(app.page);
    const workers: string[] = [];
    app.page.on('worker', (w) => workers.push(w.url()));
    const collection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'Survey point A' }, geometry: { type: 'Point', coordinates: [126.9, 26.9] } }],
    };
    await app.page.getByLabel('Import data file').setInputFiles({ name: 'ports.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(collection)) });
    await expect.poll(() => app.page.getByRole('checkbox', { name: 'ports.geojson' }).count()).toBe(1);
    // One worker started for the import, from the code inside the file (a blob: or data: URL).
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/^(blob|data):/);
    await mapReady(app.page);
    // The same words as the served build's (import.test.ts): one import path, in a worker, in both.
    const { verdicts, exported } = await importHostileGeojson(app.page);
    expect(verdicts).toEqual(HOSTILE_VERDICTS);
    expectHostileExported(exported);
    await screenshot(app.page, 'single-file-hostile-import');
    // A PMTiles tileset opens from disk too: its tiles come through the protocol, not the network.
    await app.page.getByLabel('Import data file').setInputFiles({ name: 'region.pmtiles', mimeType: 'application/octet-stream', buffer: Buffer.from(pmtiles()) });
    await expect.poll(() => app.page.getByRole('list', { name: 'Your tilesets' }).getByRole('checkbox').count()).toBe(3);
    await mapReady(app.page);
    const tiles = () =>
      app.page.evaluate(
        () =>
          (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre
            .queryRenderedFeatures()
            .filter((f) => f.sourceLayer).length,
      );
    await expect.poll(tiles).toBeGreaterThan(0);
    expect(app.requests).toEqual([]);
    expect(app.violations).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('presents the deck: slides step, passages and marking banners show, with zero requests', async () => {
    const app = await openSingleFile();
    context = app.context;
    await mapReady(app.page);
    await app.page.keyboard.press('p');
    await expect.poll(() => app.page.locator('.counter').textContent()).toMatch(/^1 \/ \d+$/);
    await app.page.keyboard.press('PageDown');
    await expect.poll(() => app.page.locator('.counter').textContent()).toMatch(/^2 \/ \d+$/);
    expect(await app.page.getByRole('note', { name: 'Marking' }).first().textContent()).toBe('UNCLASSIFIED');
    expect(await app.page.getByRole('region', { name: 'Passages' }).textContent()).toContain('Ministerial Economic Dialogue');
    await screenshot(app.page, 'single-file-present');
    expect(app.requests).toEqual([]);
    expect(app.violations).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
