import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { basemapAssets } from '../../../scripts/basemapAssets.ts';
import { localLabelAssets } from '../../../scripts/localLabels.ts';
import { buildGazetteer, searchGazetteer } from '../../../src/editor/gazetteer.ts';
import type { LabelProperties } from '../../../src/map/loadBasemap.ts';
import type { Seas } from '../../../src/map/seas.ts';
import { realStoryPackage } from './realStory.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

// The basemap's files as the build makes them.
const assets = basemapAssets(root, { detail: false });
const labels = JSON.parse(assets.files['basemap/labels.json']) as FeatureCollection<Point, LabelProperties>;
const seas = JSON.parse(assets.files['basemap/seas.json']) as Seas;
const { names: localNames } = localLabelAssets(root, labels);
const story = realStoryPackage();
const userFeatures: Feature[] = [
  { type: 'Feature', properties: { name: 'Exercise Talisman Sabre landing area' }, geometry: { type: 'Polygon', coordinates: [[[150, -22], [151, -22], [151, -21], [150, -22]]] } },
  { type: 'Feature', properties: { label: 'no name' }, geometry: { type: 'Point', coordinates: [1, 2] } },
];
const g = buildGazetteer({ labels, localNames, seas, story, user: [{ title: 'exercise.kml', features: userFeatures }] });
const first = (q: string) => searchGazetteer(g, q)[0];

describe('searchGazetteer over the real basemap, story and a user layer', () => {
  it('finds the Australian city Darwin first, cited to SimpleMaps, then its airfield', () => {
    const hits = searchGazetteer(g, 'Darwin');
    expect(hits[0]).toMatchObject({ kind: 'city', name: 'Darwin', dataset: { name: 'SimpleMaps World Cities', licence: 'SimpleMaps World Cities, CC BY 4.0, simplemaps.com' } });
    expect(hits[0].point[0]).toBeCloseTo(130.84, 1);
    expect(hits[0].point[1]).toBeCloseTo(-12.46, 1);
    expect(hits[0].dataset.source[0]).toMatchObject({ publication: 'SimpleMaps', url: 'https://simplemaps.com/data/world-cities' });
    expect(hits[1]).toMatchObject({ kind: 'airfield', name: 'Darwin International Airport / RAAF Darwin', otherNames: ['YPDN'] });
  });

  it('finds the South China Sea, with its names in use and its own sources', () => {
    const hit = first('South China');
    expect(hit).toMatchObject({ kind: 'sea', name: 'South China Sea', point: [114, 14] });
    expect(hit.otherNames).toEqual(expect.arrayContaining(['Biển Đông', '南海', 'West Philippine Sea']));
    expect(hit.dataset.source.map((s) => s.publication)).toContain('International Hydrographic Organization');
    expect(first('bien dong')).toMatchObject({ name: 'South China Sea', matched: 'Biển Đông' });
    expect(first('Biển Đông').name).toBe('South China Sea');
  });

  it('finds Kadena Air Base as an airfield from OurAirports, by its own name, before the story feature that has it as another name', () => {
    const hits = searchGazetteer(g, 'Kadena');
    expect(hits[0]).toMatchObject({ kind: 'airfield', name: 'Kadena Air Base', otherNames: ['RODN'], dataset: { name: 'OurAirports' } });
    expect(hits[1]).toMatchObject({ kind: 'story', name: 'US forces in Japan (Kadena Air Base, Okinawa)' });
  });

  it('finds the story\'s Senkaku feature by its Chinese name, its Japanese one and its own name, with its geometry and sources', () => {
    const hit = first('Diaoyu');
    expect(hit).toMatchObject({ kind: 'story', name: 'Senkaku Islands (Diaoyu Islands)', featureId: 'senkaku-islands', matched: 'Diaoyu Islands' });
    expect(hit.geometry?.type).toBe('Point');
    expect(hit.dataset.source.length).toBeGreaterThan(0);
    expect(first('尖閣')).toMatchObject({ featureId: 'senkaku-islands', matched: '尖閣諸島' });
    expect(first('senkaku').featureId).toBe('senkaku-islands');
  });

  it('finds countries once each, by their own names too, cited to Natural Earth', () => {
    const japan = searchGazetteer(g, 'Japan', 50).filter((h) => h.kind === 'country' && h.name === 'Japan');
    expect(japan).toHaveLength(1);
    expect(japan[0].dataset.name).toBe('Natural Earth');
    expect(first('日本')).toMatchObject({ kind: 'country', name: 'Japan' });
    // The story's own Japan (a Quad member) comes before the basemap's country of the same name.
    expect(searchGazetteer(g, 'Australia').slice(0, 2).map((h) => h.kind)).toEqual(['story', 'country']);
  });

  it('finds capitals and cities by their local names, capitals first', () => {
    expect(first('那覇')).toMatchObject({ kind: 'city', name: 'Naha' });
    expect(first('Hà Nội')).toMatchObject({ kind: 'capital', name: 'Hanoi' });
    expect(first('Canberra').kind).toBe('capital');
  });

  it('ranks a whole name before a name\'s start, before a word\'s start, before a match inside a word', () => {
    // "Perth" exact; "Port" a start; "Bay" a later word; "ndai" inside Sendai.
    expect(first('perth')).toMatchObject({ kind: 'city', name: 'Perth' });
    const port = searchGazetteer(g, 'port', 50);
    const firstWord = port.findIndex((h) => !/^port/i.test(h.name));
    expect(firstWord).toBeGreaterThan(0);
    expect(port.slice(firstWord).every((h) => !/^port/i.test(h.name))).toBe(true);
    expect(first('ndai').name).toBe('Sendai');
    const point = { type: 'Point' as const, coordinates: [0, 0] };
    const named = (name: string): Feature => ({ type: 'Feature', properties: { name }, geometry: point });
    const small = buildGazetteer({ user: [{ title: 't', features: ['Alandia', 'Zeta Land', 'Landing', 'Land'].map(named) }] });
    expect(searchGazetteer(small, 'land').map((h) => h.name)).toEqual(['Land', 'Landing', 'Zeta Land', 'Alandia']);
  });

  it('finds the user\'s named features with their geometry, and none without a name', () => {
    const hit = first('talisman');
    expect(hit).toMatchObject({ kind: 'user', name: 'Exercise Talisman Sabre landing area', dataset: { name: 'exercise.kml', source: [] } });
    expect(hit.geometry?.type).toBe('Polygon');
    expect(hit.point[0]).toBeCloseTo(150.67, 1);
    expect(searchGazetteer(g, 'no name')).toEqual([]);
  });

  it('gives at most `limit` hits and none for a blank query', () => {
    expect(searchGazetteer(g, 'a')).toHaveLength(10);
    expect(searchGazetteer(g, 'a', 3)).toHaveLength(3);
    expect(searchGazetteer(g, '   ')).toEqual([]);
  });
});
