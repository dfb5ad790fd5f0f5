import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapReady, openApp, pixelFor, screenshot, selectedHeading as heading, type AppPage } from './harness';
import type { Page } from 'playwright-core';
import { HOSTILE_VERDICTS, expectHostileExported, importHostileGeojson } from './hostileGeojson';

const yourData = (page: Page) => page.getByRole('region', { name: 'Your data' });
const fileInput = (page: Page) => page.getByLabel('Import data file');

const HOSTILE = '<img src=x onerror="document.title=\'pwned\'">';
const PORTS = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'Survey point A', note: HOSTILE, depth: 12 }, geometry: { type: 'Point', coordinates: [126.9, 26.9] } },
    { type: 'Feature', properties: { name: 'Survey point B' }, geometry: { type: 'Point', coordinates: [124.5, 24.9] } },
    {
      type: 'Feature',
      properties: { name: 'Patrol box' },
      geometry: { type: 'Polygon', coordinates: [[[125, 25], [126, 25], [126, 26], [125, 26], [125, 25]]] },
    },
  ],
};

let dir: string;
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefing-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Records every value the map's aria-busy takes from now on. */
const watchBusy = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('[role=region][aria-label="Map"]')!;
    const w = window as unknown as { busyLog: string[] };
    w.busyLog = [];
    new MutationObserver(() => w.busyLog.push(map.getAttribute('aria-busy')!)).observe(map, { attributes: true, attributeFilter: ['aria-busy'] });
  });
const busyLog = (page: Page) => page.evaluate(() => (window as unknown as { busyLog: string[] }).busyLog);

describe('bringing your own data', () => {
  let app: AppPage;
  afterEach(() => app.close());

  it('a good file becomes a toggleable layer, shows its properties as text, and survives reload until removed', async () => {
    app = await openApp('#map=3.00/15.000/125.000');
    await watchBusy(app.page);
    const before = await app.page.evaluate(() => location.hash);
    await fileInput(app.page).setInputFiles(file('ports.geojson', JSON.stringify(PORTS)));
    const box = app.page.getByRole('checkbox', { name: 'ports.geojson' });
    await expect.poll(() => box.count(), { timeout: 30_000 }).toBe(1);
    expect(await box.isChecked()).toBe(true);
    await mapReady(app.page);
    expect(await busyLog(app.page)).toEqual(['true', 'false']);
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: 'Imported "ports.geojson": 3 features.' }).count()).toBe(1);
    // The map fitted to the new layer (it had been showing the whole region).
    await expect.poll(() => app.page.evaluate(() => location.hash)).not.toBe(before);
    const swatch = await yourData(app.page).locator('li', { has: box }).locator('.swatch').count();
    expect(swatch).toBe(1);

    // Clicking its point shows the properties, as text.
    const { x, y } = await pixelFor(app.page, 126.9, 26.9);
    await app.page.mouse.click(x, y);
    await expect.poll(() => heading(app.page).textContent()).toBe('Survey point A');
    const table = app.page.getByRole('region', { name: 'Selected feature' }).getByRole('table', { name: 'Properties' });
    expect(await table.getByRole('row').allTextContents()).toEqual(['PropertyValue', 'nameSurvey point A', `note${HOSTILE}`, 'depth12']);
    expect(await table.locator('img').count()).toBe(0);
    expect(await app.page.title()).not.toBe('pwned');
    await screenshot(app.page, 'import-properties');

    // Toggled off: its feature no longer answers clicks; the choice is kept.
    await box.uncheck();
    await mapReady(app.page);
    await app.page.mouse.click(x, y);
    await expect.poll(() => heading(app.page).textContent()).toBe('Selected feature');

    await app.page.reload();
    await mapReady(app.page);
    const again = app.page.getByRole('checkbox', { name: 'ports.geojson' });
    await expect.poll(() => again.count()).toBe(1);
    expect(await again.isChecked()).toBe(false);
    await again.check();
    await mapReady(app.page);
    await expect.poll(() => heading(app.page).textContent()).toBe('Selected feature');

    await yourData(app.page).getByRole('button', { name: 'Remove ports.geojson' }).click();
    await expect.poll(() => again.count()).toBe(0);
    await app.page.reload();
    await mapReady(app.page);
    expect(await app.page.getByRole('checkbox', { name: 'ports.geojson' }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('bad files are refused with an alert that names the problem, and nothing changes', async () => {
    app = await openApp('#map=3.00/15.000/125.000');
    const hash = await app.page.evaluate(() => location.hash);
    const layers = await app.page.getByRole('checkbox').count();
    for (const [name, content, problem] of [
      ['notes.geojson', 'Naha, 127.68, 26.21', /"notes\.geojson" is not JSON/],
      ['topology.json', '{"type":"Topology","objects":{}}', /"topology\.json" is JSON but not GeoJSON: its type is "Topology"/],
      [
        'mercator.geojson',
        JSON.stringify({ type: 'Point', coordinates: [14245120.5, 3020000] }),
        /"mercator\.geojson" has coordinates out of range: feature 1 has the position \[14245120\.5, 3020000\]/,
      ],
      ['empty.geojson', '{"type":"FeatureCollection","features":[]}', /"empty\.geojson" holds no features/],
    ] as const) {
      await fileInput(app.page).setInputFiles(file(name, content));
      const alert = app.page.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toMatch(problem);
      expect(await alert.textContent()).toContain('Nothing was imported.');
      expect(await app.page.getByRole('checkbox').count()).toBe(layers);
      expect(await app.page.evaluate(() => location.hash)).toBe(hash);
      expect(await app.page.getByRole('region', { name: 'Map', exact: true }).getAttribute('aria-busy')).toBe('false');
    }
    await screenshot(app.page, 'import-refused');
    await app.page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => app.page.getByRole('alert').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('a worker that cannot start, or never answers until Cancel: the map is idle again, the user is told, nothing changes', async () => {
    app = await openApp('#map=3.00/15.000/125.000');
    const layers = await app.page.getByRole('checkbox').count();
    const busy = () => app.page.getByRole('region', { name: 'Map', exact: true }).getAttribute('aria-busy');
    // No main-thread fallback: one import path, so a worker that cannot start is an error that says so.
    await app.context.route(/importWorker/, (route) => route.abort());
    await fileInput(app.page).setInputFiles(file('ports.geojson', JSON.stringify(PORTS)));
    await expect.poll(() => app.page.getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(/^"ports\.geojson" could not be read: the import stopped with an error .*Nothing was imported\./);
    expect(await app.page.getByRole('checkbox').count()).toBe(layers);
    await expect.poll(busy).toBe('false');

    // A worker that never answers: a progress bar with Cancel; Cancel ends it.
    await app.context.unroute(/importWorker/);
    await app.context.route(/importWorker/, (route) => route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }));
    await fileInput(app.page).setInputFiles(file('ports.geojson', JSON.stringify(PORTS)));
    const cancel = yourData(app.page).getByRole('button', { name: 'Cancel import' });
    await expect.poll(() => cancel.count(), { timeout: 30_000 }).toBe(1);
    expect(await yourData(app.page).getByRole('progressbar').count()).toBe(1);
    expect(await busy()).toBe('true');
    await screenshot(app.page, 'import-progress');
    await cancel.click();
    await expect.poll(() => yourData(app.page).getByRole('status').textContent()).toBe('The import of "ports.geojson" was cancelled. Nothing was imported.');
    expect(await cancel.count()).toBe(0);
    expect(await app.page.getByRole('checkbox').count()).toBe(layers);
    await expect.poll(busy).toBe('false');
  });

  it('a file dropped on the map is imported', async () => {
    app = await openApp('#map=3.00/15.000/125.000');
    const content = JSON.stringify(PORTS);
    const transfer = await app.page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped ports.geojson', { type: 'application/geo+json' }));
      return dt;
    }, content);
    const canvas = app.page.locator('[aria-label="Map"] canvas');
    await canvas.dispatchEvent('dragover', { dataTransfer: transfer });
    await expect.poll(() => app.page.getByText('Drop a data file to add it as a layer').count()).toBe(1);
    await canvas.dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => app.page.getByRole('checkbox', { name: 'dropped ports.geojson' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await app.page.getByText('Drop a data file to add it as a layer').count()).toBe(0);
  });

  it('exports the visible layers and the selected feature as GeoJSON', async () => {
    app = await openApp('#map=6.00/26.000/125.600&layers=ecs,okinawa&sel=okinawa&years=1990-2010');
    await fileInput(app.page).setInputFiles(file('ports.geojson', JSON.stringify(PORTS)));
    await expect.poll(() => app.page.getByRole('checkbox', { name: 'ports.geojson' }).count()).toBe(1);
    const read = async (click: () => Promise<void>) => {
      const [download] = await Promise.all([app.page.waitForEvent('download'), click()]);
      const path = join(dir, `download-${download.suggestedFilename()}`);
      await download.saveAs(path);
      return { name: download.suggestedFilename(), json: JSON.parse(readFileSync(path, 'utf8')) };
    };
    const all = await read(() => yourData(app.page).getByRole('button', { name: 'Export visible layers (GeoJSON)' }).click());
    expect(all.name).toBe('indo-pacific-briefing-map.geojson');
    expect(all.json.type).toBe('FeatureCollection');
    const names = all.json.features.map((f: { properties: { name: string } }) => f.properties.name);
    // The Senkaku claims (since 1971) and the 2008 joint development block, Okinawa Island (undated) and US forces
    // (since 1945); China's ADIZ (2013) is outside 1990–2010; then the user's three.
    expect(names).toEqual([
      'Senkaku Islands (Diaoyu Islands)',
      'Japan–China joint development block, 2008',
      'Okinawa Island',
      'US forces in Japan (Kadena Air Base, Okinawa)',
      'Survey point A',
      'Survey point B',
      'Patrol box',
    ]);
    expect(all.json.features[0].properties.layer).toBe('East China Sea disputes');

    const one = await read(() =>
      app.page.getByRole('region', { name: 'Selected feature' }).getByRole('button', { name: 'Export this feature' }).click(),
    );
    expect(one.name).toBe('okinawa.geojson');
    expect(one.json).toMatchObject({ type: 'Feature', id: 'okinawa', properties: { name: 'Okinawa Island' }, geometry: { type: 'Polygon' } });

    // Hostile files: the same words as in the single file (singleFile.test.ts), and Export still works.
    const { verdicts, exported } = await importHostileGeojson(app.page);
    expect(verdicts).toEqual(HOSTILE_VERDICTS);
    expectHostileExported(exported);
    await screenshot(app.page, 'import-hostile');
  });
});
