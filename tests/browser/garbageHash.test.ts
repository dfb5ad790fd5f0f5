import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, mapReady, openApp, screenshot, viewOf, type AppPage } from './harness';
import { GARBAGE_HASHES } from '../fuzz/garbageHashes';

/**
 * The whole app opened on garbage (tests/unit/state/appState.test.ts takes each case of
 * GARBAGE_HASHES alone): a page load each for the ones that mix every kind.
 */
const GARBAGE: Record<string, string> = {
  'numbers out of range and ids that name object internals': `#map=99/200/500&sel=__proto__&layers=constructor,toString,,lemuria&years=1e308-NaN`,
  'markup and broken percent-encoding': '#sel=<img src=x onerror=window.__pwned=1>&map=%ZZ/%E0%A4%A/1<script>window.__pwned=2</script>&layers=%',
  '10 kB of junk': GARBAGE_HASHES['10 kB of junk'],
};

describe('a link whose hash is garbage', () => {
  let app: AppPage;
  let defaultView: { zoom: number; lat: number; lon: number };
  beforeAll(async () => {
    app = await openApp();
    defaultView = await viewOf(app.page);
  });
  afterAll(() => app.close());

  for (const [what, hash] of Object.entries(GARBAGE)) {
    it(`${what}: opens on the defaults with no error`, async () => {
      // A fresh page load (a hash change alone would not reload the app).
      await app.page.goto('about:blank');
      await app.page.goto(baseUrl() + hash);
      await mapReady(app.page);
      expect(app.errors).toEqual([]);
      expect(app.violations).toEqual([]);
      expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await app.page.getByRole('alert').count()).toBe(0);
      const selected = app.page.getByRole('region', { name: 'Selected feature' }).getByRole('heading', { level: 2 });
      expect(await selected.textContent()).toBe('Selected feature');
      for (const box of await app.page.getByRole('region', { name: 'Layers' }).getByRole('checkbox').all()) expect(await box.isChecked()).toBe(true);
      expect(await app.page.getByRole('region', { name: 'Basemap overlays' }).getByRole('checkbox').isChecked()).toBe(false);
      // The junk is replaced by a clean link to what is shown: the default view.
      const now = await app.page.evaluate(() => location.hash);
      expect(now).toMatch(/^#map=[\d.]+\/-?[\d.]+\/-?[\d.]+$/);
      const view = await viewOf(app.page);
      expect(view.zoom).toBeCloseTo(defaultView.zoom, 1);
      expect(view.lat).toBeCloseTo(defaultView.lat, 0);
      expect(view.lon).toBeCloseTo(defaultView.lon, 0);
    });
  }

  it('the app still answers afterwards', async () => {
    await app.page.getByRole('region', { name: 'Article' }).getByRole('button', { name: 'East China Seas' }).click();
    await expect
      .poll(() => app.page.getByRole('region', { name: 'Selected feature' }).getByRole('heading', { level: 2 }).textContent())
      .toBe('Senkaku Islands (Diaoyu Islands)');
    await screenshot(app.page, 'after-garbage-hashes');
  });
});
