import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { StoryFeature, StoryProperties } from '../src/story/types';
import { exercisePackage } from '../tests/fixtures/story/exercisePackage';

/** Positions in each generated place's outline (60 and the closing one). */
const RING = 60;

/** A circle-like outline of radius 0.04° around `lon`, `lat`. */
function outline(lon: number, lat: number): number[][] {
  const ring = Array.from({ length: RING }, (_, k) => {
    const a = (k / RING) * 2 * Math.PI;
    return [+(lon + 0.04 * Math.cos(a)).toFixed(5), +(lat + 0.04 * Math.sin(a)).toFixed(5)];
  });
  return [...ring, ring[0]];
}

/**
 * The example story (`tests/fixtures/story/exercisePackage.ts`) filled up to `features` features
 * with invented survey sites, polygons of 61 positions in a grid of 100 a row, 0.1° apart, from
 * 120° E 9° S (the Savu and Timor Seas), each linked from the article ("[S1](#s1)."; ten a
 * paragraph, so that 10,000 stay under the 200,000-character article limit). Written as the
 * package a user imports, and as the sites alone in a GeoJSON file for the bare page. 10,000
 * features is #17's largest package (about 16 MB).
 */
export function storyFiles(features: number): { pkg: string; geojson: string } {
  const pkg = structuredClone(exercisePackage);
  const existing = pkg.layers.reduce((n, l) => n + l.features.length, 0);
  const count = Math.max(0, features - existing);
  const source = pkg.layers[0].features[0].properties.source;
  const sites: StoryFeature<StoryProperties>[] = Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    id: `s${i + 1}`,
    properties: { name: `Site ${i + 1}`, summary: 'An invented survey site (bench).', source },
    geometry: { type: 'Polygon', coordinates: [outline(120 + (i % 100) * 0.1, -9 - Math.floor(i / 100) * 0.1)] },
  }));
  pkg.layers.push({ id: 'sites', title: 'Survey sites', color: '#7f8c8d', visible: true, description: 'Invented survey sites (bench).', features: sites });
  pkg.article += sites.map((s, i) => `${i % 10 ? ' ' : '\n\n'}[S${i + 1}](#${s.id}).`).join('');
  const dir = join(tmpdir(), 'briefing-map-bench');
  mkdirSync(dir, { recursive: true });
  const files = { pkg: join(dir, `story-${features}.json`), geojson: join(dir, `story-${features}-sites.geojson`) };
  writeFileSync(files.pkg, JSON.stringify(pkg));
  writeFileSync(files.geojson, JSON.stringify({ type: 'FeatureCollection', features: sites }));
  return files;
}
