import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Point } from 'geojson';
import { basemapAssets } from '../../../scripts/basemapAssets.ts';
import { localLabelAssets } from '../../../scripts/localLabels.ts';
import { cjkLabelFonts } from '../../../scripts/cjkLabelFonts.ts';
import { covers } from '../../../src/map/fontRanges.ts';
import { CJK_SCRIPTS } from '../../../src/map/localLabels.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the labels\' local names and their CJK fonts, as the build makes them', async () => {
  const labels = JSON.parse(basemapAssets(root, { detail: false }).files['basemap/labels.json']) as FeatureCollection<Point, { name: string; kind: string }>;
  const { names, cjkTexts } = localLabelAssets(root, labels);
  const fonts = await cjkLabelFonts(cjkTexts);
  const local = (name: string) => names.basemap.find((e) => e.name === name)?.parts;

  it('names countries, cities and seas in their own scripts, and every side of a disputed place', () => {
    expect(local('Japan')).toEqual([['日本', 'ja']]);
    expect(local('China')).toEqual([['中国', 'zh-Hans']]);
    expect(local('Taiwan')).toEqual([['台灣', 'zh-Hant']]);
    expect(local('Naha')).toEqual([['那覇市', 'ja']]);
    expect(local('Hanoi')).toEqual([['Hà Nội', 'vi']]);
    expect(local('East China Sea')).toEqual([['东海', 'zh-Hans'], ['東シナ海', 'ja'], ['東海', 'zh-Hant']]);
    expect(names.story['Senkaku Islands (Diaoyu Islands)']).toEqual([['尖閣諸島', 'ja'], ['钓鱼岛及其附属岛屿', 'zh-Hans'], ['釣魚臺列嶼', 'zh-Hant']]);
    // Airfields keep their English names; a local name spelt as the English one is left out.
    expect(names.basemap.filter((e) => labels.features[e.i].properties.kind === 'airfield')).toEqual([]);
    expect(local('Quảng Ngãi')).toBeUndefined();
  });

  it('points at the label it names', () => {
    for (const e of names.basemap) expect(labels.features[e.i].properties.name).toBe(e.name);
  });

  it('the fonts hold every character of every CJK name, each in its script\'s font', () => {
    for (const script of CJK_SCRIPTS) {
      const ranges = fonts.filter((f) => f.script === script).map((f) => f.range);
      for (const c of new Set(cjkTexts[script].join(''))) {
        if (c.codePointAt(0)! < 0x2e80) continue;
        expect(ranges.some((r) => covers(r, c.codePointAt(0)!)), `${script} ${c}`).toBe(true);
      }
    }
    expect(cjkTexts.ja).toContain('那覇市');
    expect(cjkTexts['zh-Hans']).toContain('钓鱼岛及其附属岛屿');
    // Small: a few hundred kilobytes for all four scripts.
    expect(fonts.reduce((n, f) => n + f.data.length, 0)).toBeLessThan(400_000);
  });
}, 60_000);
