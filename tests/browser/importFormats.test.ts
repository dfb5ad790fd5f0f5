import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { mapReady, openApp, pixelFor, screenshot, selectedHeading as heading, type AppPage } from './harness';
import * as binary from '../fixtures/imports/binaryFixtures';
import { notPmtiles, pmtiles } from '../fixtures/imports/pmtilesFixture';

const yourData = (page: Page) => page.getByRole('region', { name: 'Your data' });
const layerNames = async (page: Page) => (await yourData(page).locator('ul:not(.tilesets) > li label').allTextContents()).map((t) => t.trim());
const tilesetToggles = async (page: Page) => (await yourData(page).getByRole('list', { name: 'Your tilesets' }).getByRole('checkbox').all()).length;
/** What the map draws of the user's tilesets: each vector layer's rendered feature count, by tileset source. */
const tileFeatures = (page: Page) =>
  page.evaluate(() => {
    const map = (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    const counts: Record<string, number> = {};
    for (const f of map.queryRenderedFeatures()) if (f.sourceLayer && f.source.startsWith('user-')) counts[f.sourceLayer] = (counts[f.sourceLayer] ?? 0) + 1;
    return counts;
  });
/** Reading a file starts a worker of its own: under a loaded machine that takes seconds. */
const SLOW = { timeout: 30_000 };
const FIXTURES = new URL('../fixtures/imports/', import.meta.url);

let dir: string;
/** A fixture as a file on disk, under `name`. */
const file = (fixture: string, name = fixture) => {
  const path = join(dir, name);
  copyFileSync(new URL(fixture, FIXTURES), path);
  return path;
};
const bytes = (name: string, data: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefing-formats-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every format, by picker and by drop', () => {
  let app: AppPage;
  afterEach(() => app.close());

  it('KML, GPX, CSV, TSV, a zipped shapefile, FlatGeobuf and KMZ become layers, PMTiles tilesets toggles; broken ones are refused; toggled, removed, kept over a reload; exported as KML and CSV', async () => {
    // Only the East China Sea layer of the story: no story feature lies under the ports.
    app = await openApp('#map=6.00/25.300/126.000&layers=ecs');
    const input = yourData(app.page).getByLabel('Import data file');

    // KML by the picker: one layer per folder; a placemark's description shown as text.
    await input.setInputFiles(file('harbours.kml'));
    await expect.poll(() => layerNames(app.page), SLOW).toEqual(['harbours.kml', 'harbours.kml / Ports', 'harbours.kml / Routes']);
    await expect.poll(() => yourData(app.page).getByRole('status').textContent(), SLOW).toBe('Imported "harbours.kml": 4 features in 3 layers.');
    await mapReady(app.page);
    // The route starts at Naha Port: hidden, it no longer answers the click there.
    const routes = yourData(app.page).getByRole('checkbox', { name: 'harbours.kml / Routes' });
    await routes.uncheck();
    await mapReady(app.page);
    const naha = await pixelFor(app.page, 127.668, 26.222);
    await app.page.mouse.click(naha.x, naha.y);
    await expect.poll(() => heading(app.page).textContent(), SLOW).toBe('Naha Port');
    const table = app.page.getByRole('region', { name: 'Selected feature' }).getByRole('table', { name: 'Properties' });
    expect(await table.getByRole('row').filter({ hasText: 'description' }).textContent()).toBe('description<b>Okinawa</b> <img src=x onerror=alert(1)>');
    expect(await table.locator('img').count()).toBe(0);
    await screenshot(app.page, 'import-kml');
    await routes.check();

    // The other formats by the picker, several at once; a CSV without position names asks which columns.
    const shapefile = bytes('ports.zip', await binary.shapefileZip());
    const fgb = bytes('ports.fgb', binary.flatgeobuf());
    await input.setInputFiles([file('ferry.gpx'), file('ports.csv'), shapefile, fgb, file('survey.csv')]);
    const dialog = app.page.getByRole('dialog', { name: 'Which columns hold the positions?' });
    await expect.poll(() => dialog.count(), SLOW).toBe(1);
    await dialog.getByLabel('Latitude column', { exact: true }).selectOption('northing');
    await dialog.getByLabel('Longitude column', { exact: true }).selectOption('easting');
    await screenshot(app.page, 'import-csv-columns');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => layerNames(app.page), SLOW).toEqual([
      'harbours.kml',
      'harbours.kml / Ports',
      'harbours.kml / Routes',
      'ferry.gpx',
      'ports.csv',
      'ports.zip',
      'ports.fgb',
      'survey.csv',
    ]);
    const counts = await yourData(app.page).locator('ul > li .count').allTextContents();
    expect(counts.slice(3)).toEqual(['2 features, your layer.', '3 features, your layer.', '3 features, your layer.', '3 features, your layer.', '2 features, your layer.']);

    // Broken files: an alert naming the file and the problem; nothing changes.
    for (const [path, problem] of [
      [file('broken.kml'), /^"broken\.kml" is not a readable KML file: it is not well-formed XML/],
      [file('not-gpx.gpx'), /^"not-gpx\.gpx" is not a readable GPX file: it is XML but not GPX/],
      [file('bad-number.csv'), /^"bad-number\.csv" is not a readable CSV file: row 3: the latitude "north" is not a number/],
      [bytes('notes.zip', binary.zipWithoutShapefile()), /^"notes\.zip" is not a readable zipped shapefile file: the zip holds no shapefile/],
      [bytes('broken.fgb', binary.brokenFlatgeobuf()), /^"broken\.fgb" is not a readable FlatGeobuf file/],
    ] as const) {
      await input.setInputFiles(path);
      await expect.poll(() => yourData(app.page).getByRole('alert').textContent(), SLOW).toMatch(problem);
      expect(await layerNames(app.page)).toHaveLength(8);
    }
    await screenshot(app.page, 'import-formats-refused');

    // A TSV and a KMZ dropped on the map.
    const transfer = await app.page.evaluateHandle(
      ([tsv, kmz]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([tsv], 'stations.tsv', { type: 'text/tab-separated-values' }));
        dt.items.add(new File([new Uint8Array(kmz)], 'harbours.kmz'));
        return dt;
      },
      [readFileSync(new URL('stations.tsv', FIXTURES), 'utf8'), [...binary.kmz()]] as const,
    );
    await app.page.locator('[aria-label="Map"] canvas').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => layerNames(app.page), SLOW).toHaveLength(12);
    expect((await layerNames(app.page)).slice(8)).toEqual(['stations.tsv', 'harbours.kmz', 'harbours.kmz / Ports', 'harbours.kmz / Routes']);
    await mapReady(app.page);
    await screenshot(app.page, 'import-formats');

    // Exports: KML with every visible feature, CSV with the visible points.
    const read = async (name: string) => {
      const [download] = await Promise.all([app.page.waitForEvent('download'), yourData(app.page).getByRole('button', { name }).click()]);
      const path = join(dir, `download-${download.suggestedFilename()}`);
      await download.saveAs(path);
      return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
    };
    const kml = await read('Export as KML');
    expect(kml.name).toBe('indo-pacific-briefing-map.kml');
    expect(kml.text).toContain('<name>Naha Port</name>');
    expect(kml.text).toContain('<LineString><coordinates>127.668,26.222');
    const csv = await read('Export points as CSV');
    expect(csv.name).toBe('indo-pacific-briefing-map.csv');
    const lines = csv.text.split(/\r\n/);
    expect(lines[0]).toMatch(/^longitude,latitude,/);
    expect(lines.some((l) => l.startsWith('127.668,26.222,Naha Port'))).toBe(true);
    // A cell that would run as a spreadsheet formula is written as text.
    expect(csv.text).toContain(`"'=HYPERLINK(""x"")"`);

    // A PMTiles tileset by the picker: read from the file as tiles are needed; a toggle per vector layer.
    const tileset = bytes('region.pmtiles', pmtiles());
    await input.setInputFiles(tileset);
    await expect.poll(() => tilesetToggles(app.page), SLOW).toBe(3);
    const tilesets = yourData(app.page).getByRole('list', { name: 'Your tilesets' });
    expect((await tilesets.getByRole('checkbox').all()).length).toBe(3);
    for (const name of ['ports', 'routes', 'areas']) expect(await tilesets.getByRole('checkbox', { name: `region.pmtiles / ${name}` }).isChecked()).toBe(true);
    expect(await yourData(app.page).getByRole('status').textContent()).toBe('Opened "region.pmtiles": 3 layers, read from the file as the map needs them.');
    await mapReady(app.page);
    await expect.poll(() => tileFeatures(app.page), SLOW).toMatchObject({ ports: expect.any(Number), routes: expect.any(Number), areas: expect.any(Number) });
    // Its features answer clicks with their properties, as text: the survey line where it crosses the exercise area.
    const crossing = await pixelFor(app.page, 126.4, 25.3);
    await app.page.mouse.click(crossing.x, crossing.y);
    await expect.poll(() => heading(app.page).textContent(), SLOW).toBe('Survey line T1');
    const selected = app.page.getByRole('region', { name: 'Selected feature' });
    expect(await selected.getByRole('row').filter({ hasText: 'operator' }).textContent()).toBe('operatorFixture Survey');
    expect(await selected.getByRole('row').filter({ hasText: 'note' }).textContent()).toBe('note<img src=x onerror=alert(1)>');
    expect(await selected.locator('img').count()).toBe(0);
    expect(await selected.locator('.tags').textContent()).toMatch(/region\.pmtiles \/ routes\s+\(your tileset\), LineString/);
    await screenshot(app.page, 'import-pmtiles');
    // Hidden, the route no longer answers there: the area under it does.
    await tilesets.getByRole('checkbox', { name: 'region.pmtiles / routes' }).uncheck();
    await mapReady(app.page);
    expect(Object.keys(await tileFeatures(app.page)).sort()).toEqual(['areas', 'ports']);
    await app.page.mouse.click(crossing.x, crossing.y);
    await expect.poll(() => heading(app.page).textContent(), SLOW).toBe('Exercise area K');
    expect(await selected.getByRole('row').filter({ hasText: 'depth_m' }).textContent()).toBe('depth_m1200');

    // Broken or raster tilesets: an alert naming the file and the problem; nothing changes.
    for (const [path, problem] of [
      [bytes('broken.pmtiles', notPmtiles()), /^"broken\.pmtiles" is not a readable PMTiles file: it does not start with the PMTiles signature\. Nothing was imported\./],
      [bytes('imagery.pmtiles', pmtiles({ tileType: 2 })), /^"imagery\.pmtiles" is not a readable PMTiles file: it holds raster tiles \(PNG\)/],
    ] as const) {
      await input.setInputFiles(path);
      await expect.poll(() => yourData(app.page).getByRole('alert').textContent(), SLOW).toMatch(problem);
      expect(await tilesetToggles(app.page)).toBe(3);
      expect(await layerNames(app.page)).toHaveLength(12);
    }
    await screenshot(app.page, 'import-pmtiles-refused');

    // The same tileset on a server beside the app, read by HTTP range requests (served here as a static host would).
    const served = readFileSync(tileset);
    const ranges: string[] = [];
    await app.page.route('**/tiles/region.pmtiles', (route) => {
      const range = /bytes=(\d+)-(\d+)/.exec(route.request().headers().range ?? '');
      if (!range) return route.fulfill({ status: 200, body: served });
      ranges.push(range[0]);
      const [from, to] = [Number(range[1]), Math.min(Number(range[2]), served.length - 1)];
      return route.fulfill({ status: 206, headers: { 'Content-Range': `bytes ${from}-${to}/${served.length}` }, body: served.subarray(from, to + 1) });
    });
    await yourData(app.page).getByLabel('Open a PMTiles tileset by URL').fill('tiles/region.pmtiles');
    await yourData(app.page).getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => tilesetToggles(app.page), SLOW).toBe(6);
    expect(await tilesets.getByRole('checkbox', { name: 'region.pmtiles (2) / areas' }).isChecked()).toBe(true);
    expect(ranges.length).toBeGreaterThan(0);
    await mapReady(app.page);

    // Toggle one off, remove another; both kept over a reload.
    await yourData(app.page).getByRole('checkbox', { name: 'ports.fgb' }).uncheck();
    await yourData(app.page).getByRole('button', { name: 'Remove ferry.gpx' }).click();
    await expect.poll(() => layerNames(app.page), SLOW).toHaveLength(11);
    await app.page.reload();
    await mapReady(app.page);
    await expect.poll(() => layerNames(app.page), SLOW).toHaveLength(11);
    expect(await layerNames(app.page)).not.toContain('ferry.gpx');
    expect(await yourData(app.page).getByRole('checkbox', { name: 'ports.fgb' }).isChecked()).toBe(false);
    expect(await yourData(app.page).getByRole('checkbox', { name: 'harbours.kml / Routes' }).isChecked()).toBe(true);
    expect(await app.page.getByRole('alert').count()).toBe(0);

    // After the reload the served tileset opens again by itself; the file waits to be chosen again.
    await expect.poll(() => tilesetToggles(app.page), SLOW).toBe(3);
    await tilesets.scrollIntoViewIfNeeded();
    await screenshot(app.page, 'import-pmtiles-after-reload');
    await yourData(app.page).getByLabel('Reopen region.pmtiles').setInputFiles(tileset);
    await expect.poll(() => tilesetToggles(app.page), SLOW).toBe(6);
    expect(await tilesets.getByRole('checkbox', { name: 'region.pmtiles / routes', exact: true }).isChecked()).toBe(false);
    await mapReady(app.page);
    await screenshot(app.page, 'import-pmtiles-reopened');
    // Removed, both are gone from the list and the map.
    await tilesets.getByRole('button', { name: 'Remove region.pmtiles', exact: true }).click();
    await tilesets.getByRole('button', { name: 'Remove region.pmtiles (2)' }).click();
    await expect.poll(() => tilesetToggles(app.page), SLOW).toBe(0);
    await mapReady(app.page);
    expect(await tileFeatures(app.page)).toEqual({});
    // One page load for every format and the tilesets: more than the default time under load.
  }, 180_000);
});
