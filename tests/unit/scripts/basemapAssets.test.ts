import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { distance } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import { basemapAssets } from '../../../scripts/basemapAssets.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('country label points', () => {
  const labels = JSON.parse(basemapAssets(root, { detail: false }).files['basemap/labels.json']) as FeatureCollection<Point, { kind: string; name: string; z: number }>;
  /** Where `country` is named from the zooms `from` accepts. */
  const named = (country: string, from: (z: number) => boolean) =>
    labels.features.filter((f) => f.properties.kind === 'country' && f.properties.name === country && from(f.properties.z)).map((f) => f.geometry.coordinates);

  it('name China on the East China Sea coast at zoom 6, all the map beside the panel shows of it there (#map=6/28/125)', () => {
    const onCoast = named('China', (z) => z <= 6).filter(([lon, lat]) => lon > 120.3 && lon < 122 && lat > 26.5 && lat < 31.5);
    expect(onCoast.length).toBeGreaterThan(0);
  });

  // (Not Australia: its islands off the coast, Melville Island by Darwin, are named on their own.)
  it('name a large country close in no more than once every 250 km', () => {
    for (const country of ['China', 'India', 'Mongolia']) {
      const closeIn = named(country, (z) => z === 6);
      const nearest = closeIn.map((p, i) => Math.min(...closeIn.filter((_, j) => j !== i).map((q) => distance(p, q))));
      expect(Math.min(...nearest), country).toBeGreaterThanOrEqual(250);
    }
  });
});
