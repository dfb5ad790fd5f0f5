import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { buildSearchIndex, search } from '../../../src/explore/search.ts';
import { parseArticle } from '../../../src/story/parseArticle.ts';
import type { PlaceName, StoryFeature, StoryLayer } from '../../../src/story/types.ts';
import { readFileSync } from 'node:fs';
import { validateSeas } from '../../../scripts/validateSeas.ts';
import { splitStory } from '../../../src/story/splitStory.ts';

const { story, text } = splitStory(loadStory(fileURLToPath(new URL('../../..', import.meta.url))));
const details = new Map(Object.entries(text.details));
const index = buildSearchIndex(story.layers, details, text.article);

/** A one-layer story of the given features (name, altNames, summary) and a one-paragraph article. */
function tiny(features: { id: string; name: string; altNames?: string[]; names?: PlaceName[]; summary?: string; date?: string }[], text = 'Nothing here.') {
  const layer = {
    id: 'l',
    title: 'Layer',
    file: 'l.geojson',
    color: '#000',
    visible: true,
    description: '',
    labels: { type: 'FeatureCollection', features: [] },
    data: {
      type: 'FeatureCollection',
      features: features.map(
        (f): StoryFeature => ({
          type: 'Feature',
          id: f.id,
          geometry: { type: 'Point', coordinates: [0, 0] },
          properties: { id: f.id, name: f.name, date: f.date },
        }),
      ),
    },
  } as StoryLayer;
  const details = new Map(features.map((f) => [f.id, { altNames: f.altNames, names: f.names, summary: f.summary ?? '', source: [] }]));
  return buildSearchIndex([layer], details, parseArticle(`---\ntitle: T\npublication: P\nmodified: 2020-01-01\n---\n${text}`));
}

describe('search over the story', () => {
  it('finds the Senkaku Islands by their Chinese name, first', () => {
    const { places } = search(index, 'Diaoyu');
    expect(places[0].id).toBe('senkaku-islands');
    expect(places[0].name).toBe('Senkaku Islands (Diaoyu Islands)');
  });

  it('is forgiving of case and diacritics both ways', () => {
    expect(search(index, 'truong sa').places[0].id).toBe('spratly-islands');
    expect(search(index, 'TRƯỜNG SA').places[0].id).toBe('spratly-islands');
    expect(search(index, 'hoang sa').places[0].id).toBe('paracel-islands');
    expect(search(index, 'tohoku').places[0].id).toBe('great-east-japan-earthquake');
  });

  it('names the other name that matched when the display name does not show it', () => {
    const hit = search(index, 'uotsuri').places[0];
    expect(hit.id).toBe('senkaku-islands');
    expect(hit.matched).toBe('Uotsuri-jima');
    // An alternative name says no language.
    expect(hit.matchedLang).toBeUndefined();
    expect(search(index, 'diaoyu').places[0].matched).toBeUndefined();
    expect(search(index, 'yolanda').places[0].matched).toBeUndefined();
  });

  it('finds passages of the article, with where the match lies', () => {
    const { passages } = search(index, 'July 2018');
    expect(passages).toHaveLength(1);
    const hit = passages[0];
    expect(hit.text).toBe('Australia and Japan held the inaugural Ministerial Economic Dialogue in July 2018.');
    expect(hit.text.slice(hit.start, hit.end)).toBe('July 2018');
    expect(hit.featureIds).toEqual(['ministerial-economic-dialogue-2018']);
  });

  it('finds the agreements, the outposts, the ADIZ and the joint development block by their names', () => {
    expect(search(index, 'Joint Declaration').places.map((p) => p.id)).toContain('joint-declaration-2007');
    expect(search(index, 'Kagitingan').places.map((p) => p.id)).toContain('fiery-cross-reef');
    expect(search(index, 'Yongxing').places.map((p) => p.id)).toContain('woody-island');
    expect(search(index, 'ADIZ').places.map((p) => p.id)).toContain('china-ecs-adiz');
    expect(search(index, 'joint development').places.map((p) => p.id)).toContain('ecs-joint-development-block-2008');
  });

  it('gives a passage the features its phrases link to', () => {
    const hit = search(index, 'Haiyan').passages[0];
    expect(hit.featureIds).toContain('typhoon-haiyan-relief');
  });

  it('finds dated places by year', () => {
    expect(search(index, '2013').places.map((p) => p.id)).toContain('typhoon-haiyan-relief');
  });

  it('finds nothing for an empty or blank query, or for nonsense', () => {
    expect(search(index, '')).toEqual({ places: [], passages: [] });
    expect(search(index, '   ')).toEqual({ places: [], passages: [] });
    expect(search(index, 'zzqx')).toEqual({ places: [], passages: [] });
  });
});

describe('search ranking', () => {
  const idx = tiny(
    [
      { id: 'inside', name: 'Kagoshima' },
      { id: 'word', name: 'North Shima Islands' },
      { id: 'prefix', name: 'Shimabara' },
      { id: 'exact', name: 'Shima' },
      { id: 'alt', name: 'Other place', altNames: ['Shima Bay'] },
      { id: 'summary', name: 'Plain', summary: 'Near shima and more.' },
    ],
    'The shima passage. Another about Kagoshima.',
  );

  it('ranks a whole-name match, then the start of a name, then a word, then inside a word, then the summary', () => {
    expect(search(idx, 'shima').places.map((p) => p.id)).toEqual(['exact', 'prefix', 'alt', 'word', 'inside', 'summary']);
  });

  it('prefers a word start to the inside of a word in passages too', () => {
    expect(search(idx, 'shima').passages.map((p) => p.id)).toEqual(['p1-s1', 'p1-s2']);
  });

  it('matches a query of several words in any order, each at a word start', () => {
    expect(search(idx, 'islands north').places.map((p) => p.id)).toEqual(['word']);
  });

  it('matches only name starts for a single letter, and no passages', () => {
    const r = search(idx, 's');
    expect(r.places.map((p) => p.id)).toEqual(['prefix', 'exact', 'alt', 'word']);
    expect(r.passages).toEqual([]);
  });

  it('keeps the story order between equal scores and honours the limits', () => {
    const many = tiny(Array.from({ length: 12 }, (_, i) => ({ id: `f${i}`, name: `Reef ${i}` })));
    expect(search(many, 'reef').places.map((p) => p.id)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7']);
    expect(search(many, 'reef', { places: 3, passages: 0 }).places).toHaveLength(3);
  });
});

describe('search: seas', () => {
  const seas = validateSeas('geo/seas.geojson', JSON.parse(readFileSync('geo/seas.geojson', 'utf8')));
  const withSeas = buildSearchIndex(story.layers, details, text.article, seas);

  it('finds a sea by every name in use, in every script, listed under Seas by its English name', () => {
    for (const name of ['West Philippine Sea', 'Biển Đông', 'bien dong', '南海', '南シナ海']) {
      expect(search(withSeas, name).places[0], name).toMatchObject({ id: 'sea:south-china-sea', name: 'South China Sea', layerTitle: 'Seas' });
    }
    expect(search(withSeas, '동해').places[0]).toMatchObject({ id: 'sea:sea-of-japan', matched: '동해', matchedLang: 'ko' });
  });

  it('finds a story feature by the names it carries in its own script', () => {
    const names = [{ name: '那覇', lang: 'ja', usedBy: ['Japan'], source: { publication: 'p', title: 't', date: '2020' } }];
    expect(search(tiny([{ id: 'naha', name: 'Naha', names }]), '那覇').places[0]).toMatchObject({ id: 'naha', matched: '那覇', matchedLang: 'ja' });
  });
});
