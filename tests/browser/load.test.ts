import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppPage } from './harness';
import { axeViolations } from './axe';

describe('opening the app', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp();
    await screenshot(app.page, 'first-view');
  });
  afterAll(() => app.close());

  it('reports the map busy until the first complete render, then not busy', async () => {
    // openApp waited for aria-busy="false"; the loading notice is gone with it.
    await expect.poll(() => app.page.getByText('Loading map…').count()).toBe(0);
    expect(await app.page.getByRole('region', { name: 'Map', exact: true }).getAttribute('aria-busy')).toBe('false');
  });

  it('logs no console errors', () => {
    expect(app.errors).toEqual([]);
  });

  it('requests nothing from any other host', () => {
    expect(app.offsite).toEqual([]);
  });

  it('runs under its Content-Security-Policy with no violation', () => {
    expect(app.violations).toEqual([]);
  });

  it('opens on the Indo-Pacific, with the view in the URL', async () => {
    const hash = await app.page.evaluate(() => location.hash);
    const [zoom, lat, lon] = /map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(hash)!.slice(1).map(Number);
    expect(zoom).toBeGreaterThan(1);
    expect(zoom).toBeLessThan(4);
    expect(lat).toBeGreaterThan(-20);
    expect(lat).toBeLessThan(25);
    expect(lon).toBeGreaterThan(100);
    expect(lon).toBeLessThan(160);
  });

  it('offers one checkbox per layer, named by its title, with a swatch and a feature count', async () => {
    for (const [title, count] of [
      ['Quad members', 6],
      ['South China Sea disputes', 8],
      ['East China Sea disputes', 3],
      ['Okinawa and US forces', 2],
      ['Relief operations', 4],
      ['UN peacekeeping and other cooperation', 3],
      ['Agreements and dialogues', 5],
    ] as const) {
      const box = app.page.getByRole('checkbox', { name: title, exact: true });
      expect(await box.isChecked()).toBe(true);
      const item = app.page.locator('li', { has: box });
      expect(await item.locator('.swatch').count()).toBe(1);
      expect(await item.textContent()).toContain(`${count} features`);
    }
  });

  it('has the landmarks a screen reader user navigates by', async () => {
    for (const name of ['Map', 'Selected feature', 'Article', 'Layers']) {
      await expect.poll(() => app.page.getByRole('region', { name, exact: true }).count()).toBe(1);
    }
    expect(await app.page.getByRole('region', { name: 'Selected feature' }).getAttribute('aria-live')).toBe('polite');
  });

  it('shows attribution for Natural Earth and lists the story sources', async () => {
    await expect.poll(() => app.page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Natural Earth');
    const sources = app.page.getByRole('region', { name: 'Sources' });
    await expect.poll(() => sources.textContent()).toContain('Natural Earth');
    await expect.poll(() => sources.textContent()).toContain('U.S. Geological Survey');
  });

  it('has no serious or critical axe-core violations', async () => {
    const violations = await axeViolations(app.page);
    expect(violations).toEqual([]);
  });
});

describe('what comes after the first view', () => {
  it('asks for the tools, the briefing and the article only once the map is drawn, then shows them', async () => {
    // Times on the page's own clock: when the map first said it was drawn, and when each file was asked for.
    const app = await openApp('', {
      waitForMap: false,
      before: async (context) => {
        await context.addInitScript(() => {
          const seen = new MutationObserver(() => {
            if (!document.querySelector('[aria-label="Map"][aria-busy="false"]')) return;
            (window as unknown as { drawnAt: number }).drawnAt = performance.now();
            seen.disconnect();
          });
          seen.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
        });
      },
    });
    try {
      await app.page.getByRole('combobox', { name: /Search/ }).waitFor({ timeout: 60_000 });
      await app.page.getByRole('region', { name: 'Briefing' }).waitFor();
      const { drawnAt, asked } = await app.page.evaluate(() => ({
        drawnAt: (window as unknown as { drawnAt: number }).drawnAt,
        asked: performance
          .getEntriesByType('resource')
          .filter((e) => /\/assets\/deferred-|\/data\/(deck|text)\./.test(e.name))
          .map((e) => ({ path: new URL(e.name).pathname.replace(/[-.][\w-]{8,}\./, '.'), at: e.startTime })),
      }));
      expect(asked.map((a) => a.path)).toEqual(expect.arrayContaining(['/assets/deferred.js', '/data/deck.json', '/data/text.json']));
      for (const a of asked) expect(a.at, a.path).toBeGreaterThan(drawnAt);
      const article = app.page.getByRole('region', { name: 'Article' });
      await expect.poll(() => article.getByRole('heading', { level: 2 }).textContent()).toMatch(/Japan/);
    } finally {
      await app.close();
    }
  });

  it('says plainly when the article cannot be loaded, and the map, layers and tools still work', async () => {
    const app = await openApp('', {
      waitForMap: false,
      before: async (context) => {
        await context.route('**/assets/reading-*.js', (route) => route.abort());
      },
    });
    try {
      await expect.poll(() => app.page.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(/article could not be loaded.*Reload the page/);
      const article = app.page.getByRole('region', { name: 'Article' });
      expect(await article.textContent()).toContain('The article is missing.');
      await app.page.getByRole('checkbox', { name: 'Okinawa and US forces', exact: true }).uncheck();
      await expect.poll(() => app.page.evaluate(() => location.hash)).toContain('layers=');
      // The tools came all the same.
      await app.page.getByRole('combobox', { name: /Search/ }).waitFor();
    } finally {
      // The aborted request is the browser's own console error here: not the page's fault.
      await app.context.close();
    }
  });

  it('says plainly when the tools cannot be loaded, and the map, layers and article still work', async () => {
    const app = await openApp('', {
      waitForMap: false,
      before: async (context) => {
        await context.route('**/assets/deferred-*.js', (route) => route.abort());
      },
    });
    try {
      await expect.poll(() => app.page.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(/tools could not be loaded.*Reload the page/);
      await app.page.getByRole('checkbox', { name: 'Okinawa and US forces', exact: true }).uncheck();
      const relief = app.page.locator('li', { has: app.page.getByRole('checkbox', { name: 'Relief operations', exact: true }) });
      await relief.getByText(/^List 4 features/).click();
      await relief.getByRole('button', { name: /Typhoon Haiyan/ }).click();
      await expect.poll(() => app.page.getByRole('region', { name: 'Selected feature' }).locator('h2').textContent()).toMatch(/Haiyan/);
    } finally {
      // The aborted request is the browser's own console error here: not the page's fault.
      await app.context.close();
    }
  });
});
