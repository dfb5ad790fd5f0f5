import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { placeNames, unnamedClaimants } from '../../../src/story/placeNames';
import type { PlaceName } from '../../../src/story/types';

const source = { publication: 'P', title: 'T', date: '2026-12-01' };
const n = (name: string, lang: string, ...usedBy: string[]): PlaceName => ({ name, lang, usedBy, source });

describe('placeNames', () => {
  const zhHant = n('釣魚臺列嶼', 'zh-Hant', 'Taiwan');
  const ja = n('尖閣諸島', 'ja', 'Japan');
  const zhHans = n('钓鱼岛', 'zh-Hans', 'China');

  it('shows the display name first, then the others by language tag, whatever the file order', () => {
    for (const order of [[zhHant, ja, zhHans], [zhHans, zhHant, ja], [ja, zhHans, zhHant]]) {
      const shown = placeNames({ name: 'Senkaku Islands (Diaoyu Islands)', names: order });
      expect(shown.map((s) => s.name)).toEqual(['Senkaku Islands (Diaoyu Islands)', '尖閣諸島', '钓鱼岛', '釣魚臺列嶼']);
    }
  });

  it('orders two names in one language by the name itself', () => {
    const shown = placeNames({ name: 'X', names: [n('b', 'en', 'B'), n('a', 'en', 'A')] });
    expect(shown.map((s) => s.name)).toEqual(['X', 'a', 'b']);
  });

  it('shows only the display name when a place has no other names', () => {
    expect(placeNames({ name: 'Okinawa Island' })).toEqual([{ name: 'Okinawa Island', lang: 'en', usedBy: [], source: null }]);
  });

  it('lists the claimants none of whose names is shown', () => {
    expect(unnamedClaimants({ name: 'P', claimants: ['China', 'Taiwan', 'Vietnam'], names: [zhHans, zhHant] })).toEqual(['Vietnam']);
    expect(unnamedClaimants({ name: 'P', claimants: ['China', 'Taiwan'], names: [zhHans, zhHant] })).toEqual([]);
  });
});

interface RawFeature {
  id: string;
  properties: { name: string; names?: PlaceName[]; claimants?: string[] };
}

const manifest = JSON.parse(readFileSync(new URL('../../../geo/layers.json', import.meta.url), 'utf8')) as { file: string }[];
const features = manifest.flatMap(
  ({ file }) => (JSON.parse(readFileSync(new URL(`../../../geo/${file}`, import.meta.url), 'utf8')) as { features: RawFeature[] }).features,
);
const claimed = features.filter((f) => f.properties.claimants);

describe('every disputed feature in geo/', () => {
  it('exists (the story has claimed places)', () => {
    expect(claimed.length).toBeGreaterThanOrEqual(5);
  });

  it.each(claimed.map((f) => [f.id, f] as const))("%s shows every claimant's name for it", (_id, f) => {
    expect(unnamedClaimants(f.properties)).toEqual([]);
    for (const shown of placeNames(f.properties).slice(1)) expect(shown.source).not.toBeNull();
  });
});
