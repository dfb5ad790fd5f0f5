import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapReady, openApp, pixelFor, screenshot, type AppPage } from './harness';
import type { Page } from 'playwright-core';

const deck = JSON.parse(readFileSync(new URL('../../data/deck.json', import.meta.url), 'utf8')) as {
  slides: { title: string; layers: string[]; highlight: string[]; passages: string[] }[];
};

/** A kept layer whose one feature carries hostile text: overrides, zero-width characters, 50,000-character keys and values, 153 properties. */
const LONG_KEY = 'k'.repeat(50_000);
const layerFile = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        name: 'Naha\u202Etrop',
        [LONG_KEY]: 'v'.repeat(50_000),
        rtl: 'abc\u202Edef\u200Bghi',
        ...Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`p${i}`, i])),
      },
      geometry: { type: 'Point', coordinates: [127.67, 26.21] },
    },
  ],
});

/**
 * Writes records straight into the app's IndexedDB, as an older build, a damaged disk or another
 * page of the origin might have left them; `file: true` stands for a good GeoJSON file.
 */
async function storeRecords(page: Page, records: Record<string, unknown>[]) {
  await page.evaluate(
    async ({ records, text }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('indo-pacific-briefing-map', 1);
        r.onupgradeneeded = () => r.result.createObjectStore('user-layers', { keyPath: 'id' });
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tx = db.transaction('user-layers', 'readwrite');
      for (const record of records) tx.objectStore('user-layers').put(record.file === true ? { ...record, file: new Blob([text]) } : record);
      await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
      db.close();
    },
    { records, text: layerFile },
  );
}

const good = { id: 'user-mb3k2x9a-4f8q1z', name: 'ports\u202E.geojson', color: '#0b7285', visible: true, file: true, added: 1 };
const yourData = (page: Page) => page.getByRole('region', { name: 'Your data' });

describe('stored layers that are damaged', () => {
  let app: AppPage;
  afterEach(() => app.close());

  it('are dropped and reported, and the app starts with the good ones, showing their text cleaned and capped', async () => {
    // The story hidden, so that a click at the kept point finds the user's feature.
    app = await openApp('#map=8.00/26.210/127.670&layers=', { waitForMap: false });
    await storeRecords(app.page, [
      good,
      { ...good, id: 'countries', name: 'countries.geojson', added: 2 },
      { ...good, id: 'user-mb3k2x9a-colour', name: 'cover.geojson', color: '#0b7285; position:fixed; inset:0', added: 3 },
      { ...good, id: 'user-mb3k2x9a-name', name: { length: 3 }, added: 4 },
      { ...good, id: 'user-mb3k2x9a-nofile', name: 'gone.geojson', file: undefined, added: 5 },
    ]);
    await app.page.reload();
    await mapReady(app.page);
    const alert = yourData(app.page).getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/4 saved layers could not be restored and were removed/);
    expect(await alert.textContent()).toContain('id "countries"');
    expect(await yourData(app.page).getByRole('checkbox', { name: 'ports.geojson' }).isChecked()).toBe(true);
    expect(await yourData(app.page).getByRole('checkbox').count()).toBe(1);
    await screenshot(app.page, 'stored-layers-damaged');

    // Its feature's text is shown cleaned and capped, its property table cut short.
    const { x, y } = await pixelFor(app.page, 127.67, 26.21);
    await app.page.mouse.click(x, y);
    const selected = app.page.getByRole('region', { name: 'Selected feature' });
    await expect.poll(() => selected.getByRole('heading', { level: 2 }).textContent()).toBe('Nahatrop');
    const shown = (await selected.textContent())!;
    expect(shown).not.toMatch(/[\u202E\u200B]/);
    expect(shown).toContain('abcdefghi');
    expect(shown).toContain('ports.geojson (your layer)');
    const rows = selected.getByRole('table', { name: 'Properties' }).locator('tbody tr');
    expect(await rows.count()).toBe(100);
    expect((await rows.nth(1).locator('th').textContent())!.length).toBeLessThanOrEqual(200);
    expect((await rows.nth(1).locator('td').textContent())!.length).toBeLessThanOrEqual(2000);
    expect(shown).toContain('And 53 more properties');
    await screenshot(app.page, 'stored-layer-hostile-text');
    // Dropped for good: the next start is clean.
    await app.page.reload();
    await mapReady(app.page);
    expect(await yourData(app.page).getByRole('alert').count()).toBe(0);
    expect(await yourData(app.page).getByRole('checkbox').count()).toBe(1);
  }, 180_000);

  it('?safe starts without any stored state, and offers to clear it', async () => {
    app = await openApp('', { waitForMap: false });
    await storeRecords(app.page, [good]);
    await app.page.evaluate(() => localStorage.setItem('briefing-map:deck:v1', '{"broken'));
    await app.page.goto(app.page.url().replace(/\/?(#.*)?$/, '/?safe'));
    await mapReady(app.page);
    const safe = app.page.getByRole('region', { name: 'Safe mode' });
    expect(await safe.textContent()).toContain('without your saved data');
    expect(await yourData(app.page).getByRole('checkbox').count()).toBe(0);
    // Nothing stored was read (the broken deck was not moved aside) or written over.
    expect(await app.page.evaluate(() => [localStorage.getItem('briefing-map:deck:v1'), localStorage.getItem('briefing-map:deck:v1.unreadable')])).toEqual([
      '{"broken',
      null,
    ]);
    await safe.getByRole('button', { name: 'Clear saved data…' }).click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => safe.getByRole('status').textContent()).toContain('The saved data is cleared');
    await screenshot(app.page, 'safe-mode-cleared');
    await safe.getByRole('link', { name: 'Start normally' }).click();
    await mapReady(app.page);
    expect(await app.page.getByRole('region', { name: 'Safe mode' }).count()).toBe(0);
    expect(await yourData(app.page).getByRole('checkbox').count()).toBe(0);
    expect(await app.page.evaluate(() => localStorage.getItem('briefing-map:deck:v1'))).toBeNull();
  }, 180_000);
});

describe('a deck with repeated ids', () => {
  let app: AppPage;
  afterEach(() => app.close());

  it('is imported, presented, shown in the presenter view and printed, with no page error', async () => {
    app = await openApp();
    const first = deck.slides[0];
    const repeated = {
      title: 'Repeats',
      slides: [
        { ...first, layers: [...first.layers, ...first.layers], highlight: [...first.highlight, ...first.highlight], passages: [...first.passages, ...first.passages] },
        deck.slides[1],
      ],
    };
    const path = join(mkdtempSync(join(tmpdir(), 'deck-')), 'repeats.json');
    writeFileSync(path, JSON.stringify(repeated));
    await app.page.getByLabel('Import deck (JSON)').setInputFiles(path);
    const briefing = app.page.getByRole('region', { name: 'Briefing' });
    await expect.poll(() => briefing.getByRole('status').textContent()).toContain('Imported “Repeats” (2 slides)');

    const [presenter] = await Promise.all([app.context.waitForEvent('page'), briefing.getByRole('button', { name: 'Presenter view', exact: true }).click()]);
    await briefing.getByRole('button', { name: 'Present', exact: true }).click();
    const passages = app.page.getByRole('region', { name: 'Passages' });
    await expect.poll(() => passages.locator('blockquote').count()).toBe(first.passages.length);
    const current = presenter.getByRole('region', { name: 'Current slide' });
    await expect.poll(() => current.textContent()).toContain(first.title);
    // The presenter shows the slide as a picture of the audience's screen, drawn with its passages' highlights.
    await expect.poll(() => current.getByRole('img').count(), { timeout: 60_000 }).toBe(1);
    await screenshot(app.page, 'repeated-ids-presented');
    await screenshot(presenter, 'repeated-ids-presenter');
    await presenter.close();
    await app.page.keyboard.press('Escape');

    await app.page.evaluate(() => (window.print = () => {}));
    await briefing.getByRole('button', { name: 'Print handout' }).click();
    await expect.poll(() => briefing.getByRole('status').textContent(), { timeout: 60_000 }).toContain('2 pages');
    await app.page.emulateMedia({ media: 'print' });
    const page1 = app.page.locator('.handout .page').first();
    expect(await page1.locator('blockquote').count()).toBe(first.passages.length);
    expect(await page1.locator('.legend > span').count()).toBe(first.layers.length);
  }, 180_000);
});
