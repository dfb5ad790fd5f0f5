import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { buildStyle, type StyleInput } from '../../../src/map/buildStyle.ts';
import { light } from '../../../src/map/theme.ts';
import { CITY_LABEL_LAYER, COUNTRY_LABEL_LAYER, FONT, LABEL_SOURCE } from '../../../src/map/ids.ts';
import { CJK_FONT, LOCAL_NAMES_ATTRIBUTION, withBasemapLocalNames, withStoryLocalNames, type LabelLanguage, type LocalNames } from '../../../src/map/localLabels.ts';

const point = (properties: Record<string, unknown>): Feature<Point> => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [127.68, 26.21] } });
const collection = (...features: Feature<Point>[]): FeatureCollection<Point> => ({ type: 'FeatureCollection', features });

const LOCAL: LocalNames = {
  basemap: [
    { i: 0, name: 'Naha', parts: [['那覇市', 'ja']] },
    { i: 1, name: 'Elsewhere', parts: [['別', 'ja']] },
  ],
  story: { 'Senkaku Islands': [['尖閣諸島', 'ja'], ['钓鱼岛', 'zh-Hans'], ['釣魚臺', 'zh-Hant']] },
};

function input(language: LabelLanguage): StyleInput {
  return {
    countries: { type: 'FeatureCollection', features: [] },
    detail: { type: 'FeatureCollection', features: [] },
    detailIds: [],
    labels: { type: 'FeatureCollection', features: [] },
    fontFaces: [{ url: 'https://example.invalid/latin.woff2', 'unicode-range': ['U+0000-00FF'] }],
    italicFontFaces: [],
    attribution: 'Natural Earth',
    language,
    cjkFontFaces: { [CJK_FONT.ja]: [{ url: 'https://example.invalid/jp.woff2', 'unicode-range': ['U+8987'] }] },
  };
}

/** The text a layer draws for a feature, each section with its font where it names one: `那覇市 (Noto Sans JP Labels)`. */
function drawn(language: LabelLanguage, layerId: string, feature: Feature): string {
  const layer = buildStyle(light, [], input(language)).layers.find((l) => l.id === layerId) as { layout: Record<string, unknown> };
  const parsed = createPropertyExpression(layer.layout['text-field'], 'text-field', (latest as unknown as Record<string, Record<string, StylePropertySpecification>>).layout_symbol['text-field']);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const value = parsed.value.evaluate({ zoom: 10 } as never, feature as never) as string | { sections: { text: string; fontStack: string | null }[] };
  if (typeof value === 'string') return value;
  return value.sections.map((s) => (s.fontStack && s.text.trim() && !s.fontStack.startsWith(FONT) ? `${s.text} (${s.fontStack.split(',')[0]})` : s.text)).join('');
}

describe('local names on label points', () => {
  it('are merged by index, checked against the English name', () => {
    const merged = withBasemapLocalNames(collection(point({ name: 'Naha' }), point({ name: 'Nago' })), LOCAL);
    expect(merged.features.map((f) => f.properties)).toEqual([{ name: 'Naha', l0: '那覇市', s0: 'ja' }, { name: 'Nago' }]);
  });

  it('are merged into story labels by name', () => {
    const merged = withStoryLocalNames(collection(point({ name: 'Senkaku Islands' })), LOCAL);
    expect(merged.features[0].properties).toMatchObject({ l0: '尖閣諸島', s1: 'zh-Hans', l2: '釣魚臺' });
  });
});

describe('buildStyle by label language', () => {
  const [naha] = withBasemapLocalNames(collection(point({ kind: 'city', name: 'Naha', z: 5, rank: 1 })), LOCAL).features;
  const [senkaku] = withStoryLocalNames(collection(point({ kind: 'country', name: 'Senkaku Islands' })), LOCAL).features;
  const manila = point({ kind: 'city', name: 'Manila', z: 3, rank: 1 });

  it('English: the style as it always was, with no CJK font declared', () => {
    const style = buildStyle(light, [], input('en'));
    expect(Object.keys(style['font-faces']!)).not.toContain(CJK_FONT.ja);
    expect((style.layers.find((l) => l.id === COUNTRY_LABEL_LAYER) as { layout: object }).layout).toMatchObject({ 'text-field': ['get', 'name'] });
    expect(drawn('en', CITY_LABEL_LAYER, naha)).toBe('\u2022 Naha');
  });

  it('Local: the local name in its script\'s font, every side\'s for a disputed place; English where there is none', () => {
    expect(drawn('local', CITY_LABEL_LAYER, naha)).toBe(`\u2022 那覇市 (${CJK_FONT.ja})`);
    expect(drawn('local', COUNTRY_LABEL_LAYER, senkaku)).toBe(`尖閣諸島 (${CJK_FONT.ja}) / 钓鱼岛 (${CJK_FONT['zh-Hans']}) / 釣魚臺 (${CJK_FONT['zh-Hant']})`);
    expect(drawn('local', CITY_LABEL_LAYER, manila)).toBe('\u2022 Manila');
  });

  it('Both: English, then the local names', () => {
    expect(drawn('both', CITY_LABEL_LAYER, naha)).toBe(`\u2022 Naha 那覇市 (${CJK_FONT.ja})`);
    expect(drawn('both', CITY_LABEL_LAYER, manila)).toBe('\u2022 Manila');
  });

  it('credits the local names on the labels while they are drawn, and not in English', () => {
    const credit = (language: LabelLanguage) => (buildStyle(light, [], input(language)).sources[LABEL_SOURCE] as { attribution?: string }).attribution;
    expect(credit('local')).toBe(LOCAL_NAMES_ATTRIBUTION);
    expect(credit('both')).toBe(LOCAL_NAMES_ATTRIBUTION);
    expect(credit('en')).toBeUndefined();
    expect(LOCAL_NAMES_ATTRIBUTION).toMatch(/GeoNames, CC BY 4\.0.*world-countries, ODbL/);
  });

  it.each(['local', 'both'] as const)('%s: declares the CJK fonts and passes the style spec', (language) => {
    const style = buildStyle(light, [], input(language));
    expect(style['font-faces']![CJK_FONT.ja]).toEqual(input(language).cjkFontFaces![CJK_FONT.ja]);
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
});
