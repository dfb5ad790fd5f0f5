import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, type AppPage } from './harness';

/** The names the map drew in `layer` (MapLibre's rendered features: placed labels only). */
const drawn = (page: Page, layer: string): Promise<string[]> =>
  page.evaluate((id) => {
    const map = (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & {
      maplibre: { queryRenderedFeatures(o: object): { properties: { name: string } }[] };
    }).maplibre;
    return [...new Set(map.queryRenderedFeatures({ layers: [id] }).map((f) => f.properties.name))];
  }, layer);

/** Moves the map to a view (zoom/lat/lon) and waits until it is drawn there, close-in detail included. */
const goTo = (page: Page, view: string): Promise<void> =>
  page.evaluate(async (v) => {
    const [zoom, lat, lon] = v.split('/').map(Number);
    const map = (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & {
      maplibre: { jumpTo(o: object): void; once(e: string): Promise<unknown>; areTilesLoaded(): boolean };
    }).maplibre;
    map.jumpTo({ zoom, center: [lon, lat] });
    do await map.once('idle');
    while (!map.areTilesLoaded());
  }, view);

describe('the basemap names what an analyst reads off the map', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp('#map=5/13/115');
  });
  afterAll(() => app.close());

  it('South China Sea: the sea, its neighbours, their cities and a strait', async () => {
    await screenshot(app.page, 'basemap-scs');
    expect(await drawn(app.page, 'sea-label')).toEqual(expect.arrayContaining(['South China Sea', 'Sulu Sea', 'Luzon Strait']));
    expect(await drawn(app.page, 'country-label')).toEqual(expect.arrayContaining(['Vietnam', 'Philippines', 'China']));
    expect(await drawn(app.page, 'city-label')).toEqual(expect.arrayContaining(['Hanoi', 'Ho Chi Minh City', 'Puerto Princesa', 'Kota Kinabalu']));
  });

  it('a click on a sea\'s name shows every name in use, who uses it and a source', async () => {
    const at = await app.page.evaluate(() => {
      const region = document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & { maplibre: { project(p: [number, number]): { x: number; y: number } } };
      const box = region.getBoundingClientRect();
      const p = region.maplibre.project([114, 14]);
      return { x: box.x + p.x, y: box.y + p.y };
    });
    await app.page.mouse.click(at.x, at.y);
    const panel = app.page.getByRole('region', { name: 'Selected feature' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('South China Sea');
    const names = panel.getByRole('list', { name: 'Names of South China Sea' });
    const text = (await names.textContent()) ?? '';
    expect(text).toMatch(/West Philippine Sea — Philippines[\s\S]*Administrative Order No. 29/);
    expect(text).toMatch(/Biển Đông — Viet Nam[\s\S]*Law of the Sea of Viet Nam/);
    expect(text).toContain('南海 — China');
    expect(text).toContain('南シナ海 — Japan');
    await screenshot(app.page, 'basemap-sea-names');
  });

  it('search finds a sea by each side\'s name, in its own script', async () => {
    const box = app.page.getByRole('combobox', { name: 'Search places and the article' });
    const first = app.page.getByRole('listbox', { name: 'Search results' }).getByRole('group', { name: 'Places' }).getByRole('option').first();
    for (const name of ['Biển Đông', '南シナ海', 'West Philippine Sea']) {
      await box.fill('');
      await box.click();
      await box.fill(name);
      await expect.poll(() => first.textContent()).toContain('South China Sea');
    }
    await app.page.getByRole('button', { name: 'Clear selection' }).click();
    await box.fill('東シナ海');
    await expect.poll(() => first.textContent()).toContain('East China Sea');
    await box.press('Enter');
    const panel = app.page.getByRole('region', { name: 'Selected feature' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('East China Sea');
  });

  it('East China Sea: the sea and both shores named', async () => {
    await goTo(app.page, '6/28/125');
    await screenshot(app.page, 'basemap-ecs');
    expect(await drawn(app.page, 'sea-label')).toContain('East China Sea');
    expect(await drawn(app.page, 'country-label')).toEqual(expect.arrayContaining(['China', 'Japan']));
    expect(await drawn(app.page, 'city-label')).toEqual(expect.arrayContaining(['Wenzhou', 'Keelung']));
  });

  it('Okinawa at zoom 10: its towns and its air bases (over the suburbs beside them)', async () => {
    await goTo(app.page, '10/26.35/127.8');
    await screenshot(app.page, 'basemap-okinawa-z10');
    expect(await drawn(app.page, 'city-label')).toEqual(expect.arrayContaining(['Okinawa', 'Uruma']));
    // Kadena is the story's own point here, named by the story.
    expect(await drawn(app.page, 'airfield')).toEqual(expect.arrayContaining(['Futenma Marine Corps Air Station', 'Naha Airport / JASDF Naha Air Base']));
  });

  it('the Spratlys at zoom 8: Puerto Princesa on Palawan', async () => {
    await goTo(app.page, '8/10/118');
    await screenshot(app.page, 'basemap-spratlys');
    expect(await drawn(app.page, 'city-label')).toContain('Puerto Princesa');
  });

  it('northern Australia: the RAAF bases at Darwin and Tindal', async () => {
    await goTo(app.page, '7/-13.5/131.5');
    expect(await drawn(app.page, 'airfield')).toEqual(expect.arrayContaining(['Darwin International Airport / RAAF Darwin', 'Tindal Airport']));
  });

  it('the whole region: oceans and the large seas; capitals from zoom 3', async () => {
    await goTo(app.page, '2.5/10/131');
    await screenshot(app.page, 'basemap-region');
    expect(await drawn(app.page, 'sea-label')).toEqual(expect.arrayContaining(['Pacific Ocean', 'Indian Ocean', 'Philippine Sea', 'Coral Sea', 'Japan Sea']));
    await goTo(app.page, '3/10/131');
    const cities = await drawn(app.page, 'city-label');
    // Palau's capital, of 300 people, is named with the megacities.
    expect(cities).toEqual(expect.arrayContaining(['Ngerulmud', 'Shenyang']));
    expect(cities.length).toBeGreaterThan(20);
    expect(app.offsite).toEqual([]);
  });
});
