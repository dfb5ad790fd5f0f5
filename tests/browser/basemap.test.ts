import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAt, fontsDrawing, openApp, screenshot, type AppPage } from './harness';

/** The names the map drew in `layers` whose point is on the map (MapLibre's placed labels), once each. */
const drawn = async (page: Page, layers: string | string[]): Promise<string[]> => [...new Set(await everyDrawn(page, layers))];

/** Each label the map drew in `layers` whose point is on the map: a name drawn twice is here twice. */
const everyDrawn = (page: Page, layers: string | string[]): Promise<string[]> =>
  page.evaluate((ids) => {
    type Point = { x: number; y: number };
    const map = (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & {
      maplibre: {
        queryRenderedFeatures(o: object): { properties: { name: string }; geometry: { coordinates: [number, number] } }[];
        project(lngLat: [number, number]): Point;
        getCanvas(): HTMLCanvasElement;
      };
    }).maplibre;
    // MapLibre places a name whose point is just off the map too (its text then off it): only a
    // name whose point is on the map is one the reader sees.
    const { clientWidth: width, clientHeight: height } = map.getCanvas();
    const onMap = ({ x, y }: Point) => x >= 0 && x <= width && y >= 0 && y <= height;
    const seen = map.queryRenderedFeatures({ layers: ids }).filter((f) => onMap(map.project(f.geometry.coordinates)));
    return seen.map((f) => f.properties.name);
  }, typeof layers === 'string' ? [layers] : layers);

/** How long a change of label language may take to show. */
const SWITCH = { timeout: 20_000, interval: 250 };

/** The layers that name countries: the larger, then the others (see countryLabelLayers). */
const COUNTRIES = ['country-label', 'country-label-small'];

/** The layers that name cities and towns (see PLACE_LABEL_LAYERS). */
const PLACES = ['capital-label', 'city-label', 'town-label'];

/**
 * The text the map drew for each label in `layers`, as MapLibre evaluated its `text-field` for
 * the feature, with the fonts of the sections beyond the Latin font: `Naha 那覇市 [Noto Sans JP Labels]`.
 */
const drawnText = (page: Page, layers: string[]): Promise<string[]> =>
  page.evaluate((ids) => {
    type Section = { text: string; fontStack?: string };
    const map = (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & {
      maplibre: { queryRenderedFeatures(o: object): { layer: { layout: { 'text-field': string | { sections: Section[] } } } }[] };
    }).maplibre;
    const text = (field: string | { sections: Section[] }) => {
      if (typeof field === 'string') return field;
      const fonts = [...new Set(field.sections.filter((s) => s.text.trim() && s.fontStack?.includes('Labels')).map((s) => s.fontStack!.split(',')[0]))];
      return `${field.sections.map((s) => s.text).join('').replace(/^\u2022 /, '')}${fonts.length ? ` [${fonts.join(', ')}]` : ''}`;
    };
    return [...new Set(map.queryRenderedFeatures({ layers: ids }).map((f) => text(f.layer.layout['text-field'])))];
  }, layers);

/** How many features of `layer` the map drew in view. */
const drawnCount = (page: Page, layer: string): Promise<number> =>
  page.evaluate(
    (id) => (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & { maplibre: { queryRenderedFeatures(o: object): unknown[] } }).maplibre.queryRenderedFeatures({ layers: [id] }).length,
    layer,
  );

/** The ISO codes of the territorial seas drawn at a place. */
const zonesAt = (page: Page, lon: number, lat: number): Promise<string[]> =>
  page.evaluate(
    ([x, y]) => {
      const map = (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & {
        maplibre: { project(p: number[]): object; queryRenderedFeatures(p: object, o: object): { properties: { iso: string } }[] };
      }).maplibre;
      return map.queryRenderedFeatures(map.project([x, y]), { layers: ['maritime-zone-fill-close'] }).map((f) => f.properties.iso);
    },
    [lon, lat],
  );

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
    expect(await drawn(app.page, COUNTRIES)).toEqual(expect.arrayContaining(['Vietnam', 'Philippines', 'China']));
    // Manila is named though the story's name of Scarborough Shoal is long and near (it moves aside).
    expect(await drawn(app.page, PLACES)).toEqual(expect.arrayContaining(['Hanoi', 'Ho Chi Minh City', 'Puerto Princesa', 'Kota Kinabalu', 'Manila']));
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
    // Each name in its own script's font: 南海 is drawn in two forms, China's and Taiwan's.
    await app.page.evaluate(() => document.fonts.ready);
    const fonts = async (lang: string) => (await fontsDrawing(app.page, `ul.names span.name[lang="${lang}"]`)).map((e) => `${e.text}: ${e.fonts.join(' + ')}`);
    await expect.poll(() => fonts('ja')).toEqual([expect.stringMatching(/^南シナ海: Noto Sans JP\b[^+]*$/)]);
    await expect.poll(() => fonts('zh-Hans')).toEqual([expect.stringMatching(/^南海: Noto Sans SC\b[^+]*$/)]);
    await expect.poll(() => fonts('zh-Hant')).toEqual([expect.stringMatching(/^南海: Noto Sans TC\b[^+]*$/)]);
    await names.getByText('南シナ海').scrollIntoViewIfNeeded();
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
    // The name that matched, in its own script's font.
    await expect.poll(async () => (await fontsDrawing(app.page, '[role=option] span[lang="ja"]')).map((e) => `${e.text}: ${e.fonts.join(' + ')}`)).toEqual([
      expect.stringMatching(/^東シナ海: Noto Sans JP\b[^+]*$/),
    ]);
    await box.press('Enter');
    const panel = app.page.getByRole('region', { name: 'Selected feature' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('East China Sea');
  });

  it("close in, OpenStreetMap's land is fetched from this origin and drawn; not before", async () => {
    const attribution = app.page.locator('.maplibregl-ctrl-attrib');
    const osmFetched = () => app.page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('land-osm')).map((e) => `${new URL(e.name).origin} ${e.name.endsWith('/index.json') ? 'index' : 'cell'}`));
    // Okinawa Island's outline, a story feature, is OSM's coast: credited from the first view.
    expect(await attribution.textContent()).toContain('© OpenStreetMap contributors, ODbL');
    // Near zoom 8 (a view above went to 6) the list of squares may have come; no square has.
    expect((await osmFetched()).filter((e) => e.endsWith(' cell'))).toEqual([]);
    await goTo(app.page, '10/26.35/127.8');
    // Cells arrive after the camera stops: the source's land, then its tiles, are drawn.
    await expect.poll(() => drawnCount(app.page, 'land-osm'), { timeout: 20_000 }).toBeGreaterThan(0);
    // The folder's index, then the squares in view: all from the page's own origin.
    const origin = new URL(app.page.url()).origin;
    expect(new Set(await osmFetched())).toEqual(new Set([`${origin} index`, `${origin} cell`]));
    expect(app.offsite).toEqual([]);
  });

  it('the territorial seas: off until switched on, then drawn; a click on one names whose it is', async () => {
    const toggle = app.page.getByRole('checkbox', { name: 'territorial sea as mapped in OpenStreetMap (de facto, not a legal finding)' });
    expect(await toggle.isChecked()).toBe(false);
    expect(await drawnCount(app.page, 'maritime-zone-fill-close')).toBe(0);
    await toggle.check();
    expect(new URL(app.page.url()).hash).toContain('maritime=on');
    await expect.poll(() => drawnCount(app.page, 'maritime-zone-fill-close'), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot(app.page, 'maritime-okinawa-z10');
    // At sea 8 km west of Naha.
    await clickAt(app.page, 127.6, 26.2);
    const status = app.page.getByRole('status').filter({ hasText: 'Territorial sea of' });
    await expect.poll(() => status.textContent()).toContain('Territorial sea of Japan (JPN)');
    expect(await app.page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Territorial seas: © OpenStreetMap contributors, ODbL');
    // The Spratlys (a click there selects the story's Spratly Islands): the zone drawn around Itu
    // Aba is Taiwan's polygon in OSM.
    await goTo(app.page, '8/10.4/114.4');
    await expect.poll(() => drawnCount(app.page, 'land-osm'), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot(app.page, 'maritime-spratlys-z8');
    expect(await zonesAt(app.page, 114.33, 10.42)).toEqual(['TWN']);
    await toggle.uncheck();
    expect(new URL(app.page.url()).hash).not.toContain('maritime');
    expect(app.offsite).toEqual([]);
  });

  it('East China Sea: the sea and both shores named', async () => {
    await goTo(app.page, '6/28/125');
    await screenshot(app.page, 'basemap-ecs');
    expect(await drawn(app.page, 'sea-label')).toContain('East China Sea');
    // Its name is clear of the buttons over the map's top right: at its wide views' point it was
    // under them (its point is the middle of a name some 120 px wide and 40 px tall).
    const [at] = await app.page.evaluate(() => {
      const map = (document.querySelector('[role=region][aria-label="Map"]') as HTMLElement & {
        maplibre: { queryRenderedFeatures(o: object): { properties: { name: string }; geometry: { coordinates: [number, number] } }[]; project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
      }).maplibre;
      const canvas = map.getCanvas().getBoundingClientRect();
      return map
        .queryRenderedFeatures({ layers: ['sea-label'] })
        .filter((f) => f.properties.name === 'East China Sea')
        .map((f) => map.project(f.geometry.coordinates))
        .map(({ x, y }) => ({ x: x + canvas.left, y: y + canvas.top }));
    });
    for (const name of ['Measure distance', 'Range ring']) {
      const button = (await app.page.getByRole('button', { name, exact: true }).boundingBox())!;
      const under = at.x > button.x - 60 && at.x < button.x + button.width + 60 && at.y > button.y - 20 && at.y < button.y + button.height + 20;
      expect(under, `the East China Sea's name at ${Math.round(at.x)}, ${Math.round(at.y)} is under "${name}"`).toBe(false);
    }
    expect(await drawn(app.page, COUNTRIES)).toEqual(expect.arrayContaining(['China', 'Japan']));
    expect(await drawn(app.page, PLACES)).toEqual(expect.arrayContaining(['Wenzhou', 'Taipei']));
  });

  it('Okinawa at zoom 10: Naha, its towns and its air bases (over the suburbs beside them)', async () => {
    await goTo(app.page, '10/26.35/127.8');
    await screenshot(app.page, 'basemap-okinawa-z10');
    // Naha keeps its name beside its airport, whose name moves aside.
    expect(await drawn(app.page, PLACES)).toEqual(expect.arrayContaining(['Naha', 'Okinawa', 'Uruma']));
    // Kadena is the story's own point here, named by the story.
    expect(await drawn(app.page, 'airfield')).toEqual(expect.arrayContaining(['Futenma Marine Corps Air Station', 'Naha Airport / JASDF Naha Air Base']));
  });

  it('Luzon at zoom 6: the Philippines named once or twice, not on every island', async () => {
    await goTo(app.page, '6/15/121');
    await screenshot(app.page, 'basemap-luzon');
    const philippines = (await everyDrawn(app.page, COUNTRIES)).filter((name) => name === 'Philippines');
    expect(philippines.length).toBeGreaterThanOrEqual(1);
    expect(philippines.length).toBeLessThanOrEqual(2);
  });

  it('the Spratlys at zoom 8: Puerto Princesa on Palawan', async () => {
    await goTo(app.page, '8/10/118');
    await screenshot(app.page, 'basemap-spratlys');
    expect(await drawn(app.page, PLACES)).toContain('Puerto Princesa');
  });

  it('northern Australia: the RAAF bases at Darwin and Tindal', async () => {
    await goTo(app.page, '7/-13.5/131.5');
    expect(await drawn(app.page, 'airfield')).toEqual(expect.arrayContaining(['Darwin International Airport / RAAF Darwin', 'Tindal Airport']));
  });

  it('the whole region: oceans and the large seas; capitals from zoom 3', async () => {
    await goTo(app.page, '2.5/10/131');
    await screenshot(app.page, 'basemap-region');
    expect(await drawn(app.page, 'sea-label')).toEqual(expect.arrayContaining(['Pacific Ocean', 'Indian Ocean', 'Philippine Sea', 'Coral Sea', 'Japan Sea']));
    // The story's names, then the claimants' wherever they fit: Viet Nam's and Malaysia's wait for
    // a closer view, beside the Paracels' and the Spratlys'.
    expect(await drawn(app.page, 'story-labels')).toEqual(expect.arrayContaining(['Senkaku Islands (Diaoyu Islands)', 'Paracel Islands (Xisha Islands, Hoàng Sa Islands)']));
    const claimants = ['China', 'Taiwan', 'Philippines', 'Indonesia', 'Japan', 'South Korea', 'North Korea'];
    expect(await drawn(app.page, COUNTRIES)).toEqual(expect.arrayContaining(claimants));
    await goTo(app.page, '3/10/131');
    // Closer, every claimant in view, Brunei too.
    expect(await drawn(app.page, COUNTRIES)).toEqual(expect.arrayContaining([...claimants, 'Vietnam', 'Malaysia', 'Brunei']));
    const cities = await drawn(app.page, PLACES);
    // Palau's capital, of 300 people, is named with the megacities; Manila beside the story's shoal.
    expect(cities).toEqual(expect.arrayContaining(['Ngerulmud', 'Hong Kong', 'Manila']));
    expect(cities.length).toBeGreaterThan(20);
    expect(app.offsite).toEqual([]);
  });

  it('names in English, in their own scripts or both (every claimant\'s for a disputed place); the CJK fonts come only with local names', async () => {
    // The CJK font files the map fetched (MapLibre fetches its font files; the panel's names in use
    // and source titles, above, brought theirs as the page's fonts).
    const cjkFonts = () =>
      app.page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch')
          .map((e) => e.name.replace(/^.*\/fonts\/(noto-sans-..)-labels.*$/, '$1'))
          .filter((n) => /^noto-sans-(jp|sc|tc|kr)$/.test(n)),
      );
    // Every view above was drawn in English, without them.
    expect(await cjkFonts()).toEqual([]);
    const language = app.page.getByRole('group', { name: 'Label language' });
    await language.getByRole('radio', { name: /^Both/ }).check();
    await expect.poll(() => app.page.evaluate(() => location.hash)).toContain('labels=both');
    // The names, their fonts and the map's tiles anew: a few seconds on this machine.
    await expect.poll(() => drawnText(app.page, COUNTRIES), SWITCH).toContain('China 中国 [Noto Sans SC Labels]');
    // The local names' sources are credited on the map while it draws them, and only then.
    const attribution = app.page.locator('.maplibregl-ctrl-attrib');
    await expect.poll(() => attribution.textContent()).toContain('Local names: GeoNames, CC BY 4.0 · world-countries, ODbL');
    const LAYERS = ['sea-label', ...COUNTRIES, 'story-labels', ...PLACES];
    const JP = 'Noto Sans JP Labels';
    const SC = 'Noto Sans SC Labels';
    const TC = 'Noto Sans TC Labels';

    await goTo(app.page, '5/13/115');
    await screenshot(app.page, 'labels-both-scs');
    // However long the credits grow (here two lines), they wrap beside the scale bar, never over it.
    const [scale, credits] = await Promise.all(['.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib'].map((s) => app.page.locator(s).boundingBox()));
    expect(scale!.x + scale!.width).toBeLessThanOrEqual(credits!.x);
    await expect.poll(() => drawnText(app.page, LAYERS), SWITCH).toEqual(
      expect.arrayContaining([
        'Vietnam Việt Nam',
        'Philippines Pilipinas',
        `China 中国 [${SC}]`,
        'Hanoi Hà Nội',
        `Haikou 海口 [${SC}]`,
        'Manila',
      ]),
    );

    await goTo(app.page, '6/28/125');
    await screenshot(app.page, 'labels-both-ecs');
    await expect.poll(() => drawnText(app.page, LAYERS), SWITCH).toEqual(
      expect.arrayContaining([
        `China 中国 [${SC}]`,
        `Japan 日本 [${JP}]`,
        `Senkaku Islands (Diaoyu Islands) 尖閣諸島 / 钓鱼岛及其附属岛屿 / 釣魚臺列嶼 [${JP}, ${SC}, ${TC}]`,
        `Taipei 臺北市 [${TC}]`,
      ]),
    );

    await goTo(app.page, '10/26.35/127.8');
    await screenshot(app.page, 'labels-both-okinawa-z10');
    await expect.poll(() => drawnText(app.page, LAYERS), SWITCH).toEqual(expect.arrayContaining([`Naha 那覇市 [${JP}]`, `Ginowan 宜野湾 [${JP}]`]));
    expect(await drawn(app.page, 'airfield')).toEqual(expect.arrayContaining(['Futenma Marine Corps Air Station', 'Naha Airport / JASDF Naha Air Base']));

    // Local: the place's own name alone; kept in the link and in the reader's settings.
    await language.getByRole('radio', { name: /^Local/ }).check();
    await expect.poll(() => drawnText(app.page, PLACES), SWITCH).toEqual(expect.arrayContaining([`那覇市 [${JP}]`]));
    expect(await drawnText(app.page, PLACES)).not.toContain('Naha');
    expect(await app.page.evaluate(() => [location.hash.includes('labels=local'), localStorage.getItem('briefing-map:labels:v1')])).toEqual([true, '"local"']);
    await screenshot(app.page, 'labels-local-okinawa-z10');
    await goTo(app.page, '5/13/115');
    await screenshot(app.page, 'labels-local-scs');
    expect(await cjkFonts()).toEqual(expect.arrayContaining(['noto-sans-jp', 'noto-sans-sc', 'noto-sans-tc']));

    await language.getByRole('radio', { name: /^English/ }).check();
    await expect.poll(() => drawnText(app.page, PLACES), SWITCH).toContain('Hanoi');
    await expect.poll(() => attribution.textContent()).not.toContain('GeoNames');
    expect(app.page.url()).not.toContain('labels=');
    expect(app.offsite).toEqual([]);
  });
});
