import { describe, expect, it } from 'vitest';
import { createPropertyExpression, featureFilter, latest, validateStyleMin, type FilterSpecification, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection } from 'geojson';
import { buildStyle, highlightBefore, highlightLayers, storyLabelFilter, type StyleInput, type StyleLayerInput } from '../../../src/map/buildStyle.ts';
import { light, projector, type Theme } from '../../../src/map/theme.ts';
import { DETAIL_LAND_SOURCE, DETAIL_LAND_ZOOM } from '../../../src/map/detailLand.ts';
import { MARITIME_SOURCE } from '../../../src/map/maritimeZones.ts';
import { AIRFIELD_LAYER, AIRFIELD_MARK_LAYER, BASEMAP_SOURCE, CAPITAL_LABEL_LAYER, CITY_LABEL_LAYER, COUNTRY_LABEL_LAYER, SEA_LABEL_LAYER, SMALL_COUNTRY_LABEL_LAYER, TOWN_LABEL_LAYER, STORY_DASH_KEY, STORY_LABEL_KEY, STORY_LABEL_LAYER, STORY_LAYER_KEY, STORY_SOURCE, storyLayerIds } from '../../../src/map/ids.ts';

const THEMES: Theme[] = [light, projector];

/** Whether a map layer's filter keeps `f` (MapLibre's own filter evaluation, at zoom 5). */
const matches = (filter: unknown, f: Feature) => {
  const type = { Point: 1, MultiPoint: 1, LineString: 2, MultiLineString: 2, Polygon: 3, MultiPolygon: 3 }[f.geometry.type as string] ?? 0;
  return featureFilter(filter as FilterSpecification, 'layers[0].filter').filter({ zoom: 5 }, { type, properties: f.properties ?? {}, id: f.id } as never);
};

const collection = (...features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });

/** Two small story layers: a visible one with a point and a hidden one with a polygon. */
function storyInput(): StyleLayerInput[] {
  return [
    {
      id: 'okinawa',
      color: '#7d3c98',
      visible: true,
      data: collection({
        type: 'Feature',
        id: 'okinawa',
        properties: { id: 'okinawa', name: 'Okinawa' },
        geometry: { type: 'Point', coordinates: [127.9, 26.5] },
      }),
      labels: collection({
        type: 'Feature',
        id: 'okinawa',
        properties: { id: 'okinawa', name: 'Okinawa' },
        geometry: { type: 'Point', coordinates: [127.9, 26.5] },
      }),
    },
    {
      id: 'scs',
      color: '#c0392b',
      visible: false,
      data: collection({
        type: 'Feature',
        id: 'zone',
        properties: { id: 'zone', name: 'Zone', approximate: true },
        geometry: {
          type: 'Polygon',
          coordinates: [[[110, 10], [115, 10], [115, 15], [110, 15], [110, 10]]],
        },
      }),
      labels: collection({
        type: 'Feature',
        id: 'zone',
        properties: { id: 'zone', name: 'Zone' },
        geometry: { type: 'Point', coordinates: [112.5, 12.5] },
      }),
    },
  ];
}

/** The basemap side of the input: empty collections, one detail id, one font face. */
function baseInput(): StyleInput {
  return {
    countries: collection(),
    detail: collection(),
    detailIds: ['392'],
    labels: collection(),
    fontFaces: [{ url: 'https://example.invalid/noto-sans-latin-400.woff2', 'unicode-range': ['U+0000-00FF'] }],
    italicFontFaces: [{ url: 'https://example.invalid/noto-sans-italic-labels-latin.woff2', 'unicode-range': ['U+0041'] }],
    attribution: 'Natural Earth',
  };
}

/** A Natural Earth country feature, as the app gives it: with the basemap's geometry. */
const quad = (): Feature => ({
  type: 'Feature',
  id: 'japan',
  properties: { id: 'japan', name: 'Japan', naturalEarthCountry: 'Japan' },
  geometry: { type: 'Polygon', coordinates: [[[130, 31], [141, 31], [141, 41], [130, 41], [130, 31]]] },
});

const layerIds = (theme: Theme) => buildStyle(theme, storyInput(), baseInput()).layers.map((l) => l.id);

describe('buildStyle', () => {
  it('draws the names of the visible story layers\' features from their label points, once per feature', () => {
    const style = buildStyle(light, storyInput(), baseInput());
    const label = style.layers.find((l) => l.id === STORY_LABEL_LAYER) as { source: string; filter: unknown };
    expect(label.source).toBe(STORY_SOURCE);
    const features = (style.sources[STORY_SOURCE] as { data: FeatureCollection }).data.features;
    const drawn = (filter: unknown) => features.filter((f) => matches(filter, f)).map((f) => [f.id, f.geometry.type, f.properties?.[STORY_LABEL_KEY]]);
    // scs is hidden: its name is not drawn.
    expect(drawn(label.filter)).toEqual([['okinawa', 'Point', true]]);
    expect(drawn(storyLabelFilter(['okinawa', 'scs'], []))).toEqual([
      ['okinawa', 'Point', true],
      ['zone', 'Point', true],
    ]);
    // A feature the year range hides loses its name too.
    expect(drawn(storyLabelFilter(['okinawa', 'scs'], ['okinawa']))).toEqual([['zone', 'Point', true]]);
  });

  it('paints every layer the same for all its features, so that no view compiles a shader of its own', () => {
    const isData = (value: unknown): boolean =>
      Array.isArray(value) && (['get', 'has', 'feature-state', 'geometry-type', 'id', 'properties'].includes(value[0] as string) || value.some(isData));
    /** A colour given to a part of a name (a `format` section's `text-color`) is paint by feature too. */
    const colouredSection = (value: unknown): boolean =>
      Array.isArray(value) ? value.some(colouredSection) : typeof value === 'object' && value !== null && 'text-color' in value;
    const style = buildStyle(light, storyInput(), baseInput());
    const layers = [...style.layers, ...highlightLayers(light)];
    expect(new Set(layers.map((l) => l.type))).toEqual(new Set(['background', 'fill', 'line', 'symbol']));
    for (const layer of layers) {
      for (const [name, value] of Object.entries(layer.paint ?? {})) expect(isData(value), `${layer.id} ${name}`).toBe(false);
      if (layer.type === 'symbol') expect(colouredSection(layer.layout?.['text-field']), `${layer.id} text-field`).toBe(false);
    }
    // No circle layer and no dashed line: each would compile a shader the basemap does not use.
    expect(layers.filter((l) => l.type === 'circle')).toEqual([]);
    expect(layers.filter((l) => 'line-dasharray' in (l.paint ?? {}))).toEqual([]);
  });

  it("draws an approximate area's edge from dashes along it, its solid outline not at all", () => {
    // The zone, and a line of the same layer.
    const [, scs] = storyInput();
    const route: Feature = { type: 'Feature', id: 'route', properties: { id: 'route', name: 'Route' }, geometry: { type: 'LineString', coordinates: [[110, 5], [115, 6]] } };
    const style = buildStyle(light, [{ ...scs, data: collection(...scs.data.features, route) }], baseInput());
    const features = (style.sources[STORY_SOURCE] as { data: FeatureCollection }).data.features;
    const outline = style.layers.find((l) => l.id === storyLayerIds('scs').outline) as { filter: unknown };
    const drawn = features.filter((f) => matches(outline.filter, f));
    expect(drawn.map((f) => [f.id, f.geometry.type, f.properties?.[STORY_DASH_KEY]])).toEqual([['zone', 'MultiLineString', true]]);
    // The dashes are not drawn as a story line, nor clicked as one.
    const line = style.layers.find((l) => l.id === storyLayerIds('scs').line) as { filter: unknown };
    expect(features.filter((f) => matches(line.filter, f)).map((f) => f.id)).toEqual(['route']);
  });

  it.each(THEMES.map((t) => [t.name, t] as const))('builds a style that passes the style spec (%s)', (_name, theme) => {
    const errors = validateStyleMin(buildStyle(theme, storyInput(), baseInput()));
    const messages = errors.map((e) => e.message);
    expect(messages, messages.join('\n')).toEqual([]);
  });

  it('accepts the close-up and label data given as URLs', () => {
    const input = { ...baseInput(), detail: 'basemap/detail.json', labels: 'basemap/labels.json' };
    const messages = validateStyleMin(buildStyle(light, storyInput(), input)).map((e) => e.message);
    expect(messages, messages.join('\n')).toEqual([]);
  });

  it('makes only the map layers a story layer\'s features need', () => {
    const ids = layerIds(light);
    // A layer of one point has its dots alone; one of an approximate area, a fill and the area's dashed edge.
    expect(ids.filter((id) => id.startsWith('story-okinawa-'))).toEqual([storyLayerIds('okinawa').point]);
    expect(ids.filter((id) => id.startsWith('story-scs-'))).toEqual([storyLayerIds('scs').fill, storyLayerIds('scs').outline]);
    const countries = buildStyle(light, [{ ...storyInput()[0], data: collection(quad()) }], baseInput()).layers.map((l) => l.id);
    const ids2 = storyLayerIds('okinawa');
    expect(countries.filter((id) => id.startsWith('story-okinawa-'))).toEqual([ids2.countryFill, ids2.countryOutline]);
  });

  it("lets a Natural Earth country's fill and edge fade out as the user zooms in, so that close in they are not drawn", () => {
    const layers = buildStyle(light, [{ ...storyInput()[0], data: collection(quad()) }], baseInput()).layers as { id: string; paint: Record<string, unknown> }[];
    const ids = storyLayerIds('okinawa');
    const at = (id: string, property: string, zoom: number) => {
      const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${id === ids.countryFill ? 'fill' : 'line'}`][property];
      const parsed = createPropertyExpression(layers.find((l) => l.id === id)!.paint[property], property, spec);
      if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
      return parsed.value.evaluate({ zoom } as never, undefined as never);
    };
    expect(at(ids.countryFill, 'fill-opacity', 3)).toBe(light.fillOpacity);
    expect(at(ids.countryFill, 'fill-opacity', 7)).toBe(0);
    expect(at(ids.countryOutline, 'line-opacity', 6)).toBe(0);
  });

  it("hides every map layer of a hidden story layer", () => {
    const style = buildStyle(light, storyInput(), baseInput());
    const layers = style.layers.filter((l) => l.id.startsWith('story-scs-'));
    expect(layers.length).toBeGreaterThan(0);
    for (const layer of layers) expect(layer.layout, layer.id).toHaveProperty('visibility', 'none');
  });

  it('shows every map layer of a visible story layer', () => {
    const style = buildStyle(light, storyInput(), baseInput());
    const layers = style.layers.filter((l) => l.id.startsWith('story-okinawa-'));
    expect(layers.length).toBeGreaterThan(0);
    for (const layer of layers) expect(layer.layout, layer.id).toHaveProperty('visibility', 'visible');
  });

  it('draws the basemap first, then the story\'s areas and lines in input order, the smaller countries\' names, its names, the capitals, its dots, and the larger countries\' names on top', () => {
    const ids = layerIds(light);
    const basemap = ids.slice(0, ids.indexOf(storyLayerIds('scs').fill));
    expect(basemap[0]).toBe('background');
    expect(basemap).toContain('land');
    expect(ids.slice(basemap.length)).toEqual([storyLayerIds('scs').fill, storyLayerIds('scs').outline, SMALL_COUNTRY_LABEL_LAYER, STORY_LABEL_LAYER, CAPITAL_LABEL_LAYER, storyLayerIds('okinawa').point, COUNTRY_LABEL_LAYER]);
    // Placed top down: capitals before the story's names (which dodge them), the smaller
    // countries' names after both (where they still fit), cities before the
    // airfields, towns after them (Naha keeps its name beside its airport; a base beats a suburb).
    expect(basemap.slice(basemap.indexOf(SEA_LABEL_LAYER))).toEqual([SEA_LABEL_LAYER, TOWN_LABEL_LAYER, AIRFIELD_LAYER, AIRFIELD_MARK_LAYER, CITY_LABEL_LAYER]);
  });

  it('keeps the names off the story\'s dots, and nothing off a highlight\'s', () => {
    const style = buildStyle(light, storyInput(), baseInput());
    const dot = style.layers.find((l) => l.id === storyLayerIds('okinawa').point)!;
    expect(dot.layout).toMatchObject({ 'text-allow-overlap': true, 'text-ignore-placement': false });
    // What it keeps names off is the dot: its line no taller than the dot (7 px radius at 62 px).
    expect((dot.layout as { 'text-line-height': number })['text-line-height'] * 62).toBeLessThanOrEqual(20);
    for (const layer of highlightLayers(light).filter((l) => l.type === 'symbol')) {
      expect(layer.layout, layer.id).toMatchObject({ 'text-allow-overlap': true, 'text-ignore-placement': true });
    }
  });

  it('puts a highlight\'s areas and lines below the names and its dots over the story\'s dots', () => {
    const ids = layerIds(light);
    for (const layer of highlightLayers(light)) {
      const before = highlightBefore(layer);
      expect(ids, layer.id).toContain(before);
      if (layer.type === 'symbol') expect(ids.indexOf(before), layer.id).toBeGreaterThan(ids.indexOf(storyLayerIds('okinawa').point));
      else expect(before, layer.id).toBe(STORY_LABEL_LAYER);
    }
  });

  it('follows the input order when the layers are swapped', () => {
    // Both layers with a point, so that each has dots.
    const [okinawa, scs] = storyInput();
    const both = [okinawa, { ...scs, data: collection(...scs.data.features, ...okinawa.data.features) }];
    const order = (input: StyleLayerInput[]) => {
      const ids = buildStyle(light, input, baseInput()).layers.map((l) => l.id);
      return ids.indexOf(storyLayerIds('okinawa').point) < ids.indexOf(storyLayerIds('scs').point);
    };
    expect(order(both)).toBe(true);
    expect(order([...both].reverse())).toBe(false);
  });

  it('draws every story layer from one source, each map layer keeping to its own layer\'s features', () => {
    const style = buildStyle(light, storyInput(), baseInput());
    expect(Object.keys(style.sources).filter((id) => id.startsWith('story'))).toEqual([STORY_SOURCE]);
    expect(style.sources[STORY_SOURCE]).toMatchObject({ type: 'geojson' });
    const features = (style.sources[STORY_SOURCE] as { data: FeatureCollection }).data.features;
    expect(features.map((f) => [f.id, f.properties?.[STORY_LAYER_KEY], f.properties?.[STORY_LABEL_KEY] ?? false])).toEqual([
      ['okinawa', 'okinawa', false],
      ['zone', 'scs', false],
      // The approximate zone's dashed edge.
      ['zone', 'scs', false],
      ...storyInput().flatMap((l) => l.labels.features.map((f) => [f.id, l.id, true])),
    ]);
    for (const [layer, expected] of [
      ['okinawa', ['okinawa']],
      ['scs', ['zone']],
    ] as const) {
      const drawn = Object.values(storyLayerIds(layer))
        .flatMap((id) => style.layers.filter((l) => l.id === id) as { source: string; filter: unknown }[])
        .filter((l) => l.source === STORY_SOURCE)
        .flatMap((l) => features.filter((f) => matches(l.filter, f)).map((f) => f.id));
      expect([...new Set(drawn)], layer).toEqual(expected);
    }
  });

  it('lists the story source first, so that MapLibre asks for its tiles first', () => {
    expect(Object.keys(buildStyle(light, storyInput(), baseInput()).sources)[0]).toBe(STORY_SOURCE);
  });

  it("draws a Natural Earth country from the basemap's source, tagged with its story feature, not from a copy in the story's", () => {
    const square = (x: number) => ({ type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
    const countries = collection(
      { type: 'Feature', properties: { name: 'Japan', key: '392' }, geometry: square(0) },
      { type: 'Feature', properties: { name: 'China', key: '156' }, geometry: square(2) },
    );
    const input = { ...baseInput(), countries };
    const japanLabel = { type: 'Feature' as const, id: 'japan', properties: { id: 'japan', name: 'Japan' }, geometry: { type: 'Point' as const, coordinates: [0.5, 0.5] } };
    const style = buildStyle(light, [{ ...storyInput()[0], data: collection(quad(), ...storyInput()[0].data.features), labels: collection(japanLabel) }], input);
    const basemap = (style.sources[BASEMAP_SOURCE] as { data: FeatureCollection }).data.features;
    expect(basemap.map((f) => f.properties)).toEqual([
      { name: 'Japan', key: '392', id: 'japan', [STORY_LAYER_KEY]: 'okinawa' },
      { name: 'China', key: '156' },
    ]);
    // The story's source keeps the country's name point, not its outline.
    const story = (style.sources[STORY_SOURCE] as { data: FeatureCollection }).data.features;
    expect(story.filter((f) => f.id === 'japan').map((f) => f.geometry.type)).toEqual(['Point']);
    const ids = storyLayerIds('okinawa');
    for (const id of [ids.countryFill, ids.countryOutline]) {
      const layer = style.layers.find((l) => l.id === id) as { source: string; filter: unknown };
      expect(layer.source, id).toBe(BASEMAP_SOURCE);
      expect(basemap.filter((f) => matches(layer.filter, f)).map((f) => f.properties?.name), id).toEqual(['Japan']);
    }
    expect(countries.features[0].properties).toEqual({ name: 'Japan', key: '392' });
    // Without story countries (the bench's bare page) the basemap is passed on as it is.
    expect((buildStyle(light, storyInput(), input).sources[BASEMAP_SOURCE] as { data: FeatureCollection }).data).toBe(countries);
  });

  it('has no story sources when there are no story layers', () => {
    const style = buildStyle(light, [], baseInput());
    expect(Object.keys(style.sources)).not.toContain(STORY_SOURCE);
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('colours the map with the theme', () => {
    const style = buildStyle(projector, storyInput(), baseInput());
    const background = style.layers.find((l) => l.id === 'background')!;
    expect(background.paint).toEqual({ 'background-color': projector.water });
  });

  it('is pure: two calls give deep-equal styles', () => {
    expect(buildStyle(projector, storyInput(), baseInput())).toEqual(buildStyle(projector, storyInput(), baseInput()));
  });

  it('does not change its input', () => {
    const layers = storyInput();
    const input = baseInput();
    const theme = { ...light };
    const before = structuredClone({ layers, input, theme });
    buildStyle(theme, layers, input);
    expect({ layers, input, theme }).toEqual(before);
  });
});

describe('themes', () => {
  it('define the same keys', () => {
    const keys = (t: Theme) => Object.keys(t).sort();
    expect(keys(projector)).toEqual(keys(light));
  });

  it.each(THEMES.map((t) => [t.name, t] as const))('write every colour as CSS hex (%s)', (_name, theme) => {
    const colours = Object.entries(theme).filter(([key]) => key !== 'name' && key !== 'fillOpacity');
    expect(colours.length).toBeGreaterThan(0);
    for (const [key, value] of colours) expect(value, key).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it.each(THEMES.map((t) => [t.name, t] as const))('keep fill opacity between 0 and 1 (%s)', (_name, theme) => {
    expect(theme.fillOpacity).toBeGreaterThan(0);
    expect(theme.fillOpacity).toBeLessThanOrEqual(1);
  });

  it('are named after themselves', () => {
    expect(THEMES.map((t) => t.name)).toEqual(['light', 'projector']);
  });
});

describe('coarseFilter', () => {
  it('hides the 1:10m countries from 1:50m in close-ups only once their ids are known', async () => {
    const { coarseFilter } = await import('../../../src/map/buildStyle.ts');
    const { featureFilter } = await import('@maplibre/maplibre-gl-style-spec');
    const japan = { type: 1, properties: { key: '392' } } as never;
    const filter = (ids: string[]) => featureFilter(coarseFilter(ids), 'layers[1].filter');
    expect(filter(['392']).filter({ zoom: 4 }, japan)).toBe(true);
    expect(filter(['392']).filter({ zoom: 6 }, japan)).toBe(false);
    expect(filter([]).filter({ zoom: 6 }, japan)).toBe(true);
  });
});

describe('buildStyle: OSM land close in and the territorial seas', () => {
  type Layer = { id: string; source?: string; minzoom?: number; maxzoom?: number; layout?: { visibility?: string }; paint?: Record<string, unknown> };
  const layers = (maritime?: boolean) => buildStyle(light, storyInput(), { ...baseInput(), maritime }).layers as Layer[];
  const index = (all: Layer[], id: string) => all.findIndex((l) => l.id === id);

  it('draws OSM land from DETAIL_LAND_ZOOM only, over Natural Earth and under the story, in the same land colour', () => {
    const all = layers();
    const osm = all.filter((l) => l.source === DETAIL_LAND_SOURCE);
    expect(osm.map((l) => l.id)).toEqual(['land-osm-cover', 'land-osm', 'land-osm-border']);
    expect(osm.every((l) => l.minzoom === DETAIL_LAND_ZOOM)).toBe(true);
    expect(all.find((l) => l.id === 'land-osm')!.paint!['fill-color']).toBe(all.find((l) => l.id === 'land')!.paint!['fill-color']);
    expect(index(all, 'land-osm-cover')).toBeGreaterThan(index(all, 'country-outline-detail'));
    expect(index(all, 'land-osm-border')).toBeLessThan(index(all, storyLayerIds('scs').fill));
  });

  it('credits OSM on the close-in land and the territorial seas, which start empty', () => {
    const sources = buildStyle(light, storyInput(), baseInput()).sources as Record<string, { attribution?: string; data: FeatureCollection }>;
    for (const id of [DETAIL_LAND_SOURCE, MARITIME_SOURCE]) {
      expect(sources[id].attribution).toMatch(/© OpenStreetMap contributors, ODbL/);
      expect(sources[id].data.features).toEqual([]);
    }
  });

  it("credits on the story's source what its layers' licences require, once each; nothing if none does", () => {
    const source = (input: StyleLayerInput[]) => (buildStyle(light, input, baseInput()).sources as Record<string, { attribution?: string }>)[STORY_SOURCE];
    const osm = '© OpenStreetMap contributors, ODbL';
    const [okinawa, ...rest] = storyInput();
    expect(source(storyInput()).attribution).toBeUndefined();
    expect(source([{ ...okinawa, attribution: osm }, ...rest.map((l) => ({ ...l, attribution: osm }))]).attribution).toBe(osm);
  });

  it('leaves the territorial seas off unless asked, under the land at every zoom', () => {
    const visibility = (all: Layer[]) => all.filter((l) => l.source === MARITIME_SOURCE).map((l) => l.layout?.visibility);
    expect(visibility(layers())).toEqual(['none', 'none', 'none', 'none']);
    expect(visibility(layers(true))).toEqual(['visible', 'visible', 'visible', 'visible']);
    const all = layers(true);
    expect(index(all, 'maritime-zone-edge')).toBeLessThan(index(all, 'land'));
    expect(all.find((l) => l.id === 'maritime-zone-edge')!.maxzoom).toBe(DETAIL_LAND_ZOOM);
    expect(index(all, 'maritime-zone-fill-close')).toBeGreaterThan(index(all, 'land-osm-cover'));
    expect(index(all, 'maritime-zone-edge-close')).toBeLessThan(index(all, 'land-osm'));
    const messages = validateStyleMin(buildStyle(projector, storyInput(), { ...baseInput(), maritime: true })).map((e) => e.message);
    expect(messages, messages.join('\n')).toEqual([]);
  });

  it('names each country in one of two layers: the larger first, the others after the story\'s names', () => {
    const style = buildStyle(light, storyInput(), baseInput());
    const filterOf = (id: string) => featureFilter((style.layers.find((l) => l.id === id) as { filter: FilterSpecification }).filter, 'layers[0].filter');
    const country = (rank: number) => ({ type: 1, properties: { kind: 'country', name: 'X', rank, z: 0 } }) as never;
    const layersFor = (rank: number, zoom: number) =>
      [COUNTRY_LABEL_LAYER, SMALL_COUNTRY_LABEL_LAYER].filter((id) => filterOf(id).filter({ zoom } as never, country(rank)));
    expect(layersFor(4, 2)).toEqual([COUNTRY_LABEL_LAYER]); // China
    expect(layersFor(63, 2)).toEqual([SMALL_COUNTRY_LABEL_LAYER]); // Japan, below zoom 3
    expect(layersFor(63, 3)).toEqual([COUNTRY_LABEL_LAYER]);
    expect(layersFor(138, 2)).toEqual([SMALL_COUNTRY_LABEL_LAYER]); // Taiwan, from the first view
    expect(layersFor(173, 2)).toEqual([]); // Brunei, from zoom 3
    expect(layersFor(173, 3)).toEqual([SMALL_COUNTRY_LABEL_LAYER]);
  });
});
