import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { loadStory } from '../../../scripts/loadStory';
import { clickTargets } from '../../../bench/clickTargets';

const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));

describe('clickTargets', () => {
  const targets = clickTargets(story);
  const features = story.layers.flatMap((l) => l.data.features);

  it('gives one target per story feature that shares its spot with none, at least the 20 the bench clicks', () => {
    expect(targets.length).toBeGreaterThanOrEqual(20);
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
    // The places at Tokyo (agreements, the press conference) are left out; the rest are all there.
    const tokyo = targets.filter((t) => Math.abs(t.lon - 139.7) < 0.2 && Math.abs(t.lat - 35.7) < 0.2);
    expect(tokyo).toEqual([]);
    expect(targets.map((t) => t.id)).toEqual(expect.arrayContaining(['okinawa', 'senkaku-islands', 'japan', 'scarborough-shoal']));
    expect(features.length - targets.length).toBeLessThan(6);
  });

  it('puts an area\'s target inside it, countries included', () => {
    for (const f of features) {
      if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
      const t = targets.find((x) => x.id === f.id)!;
      expect(booleanPointInPolygon([t.lon, t.lat], f as Feature<Polygon | MultiPolygon>), f.id).toBe(true);
    }
    expect(targets.find((t) => t.id === 'japan')!.name).toBe('Japan');
  });
});
