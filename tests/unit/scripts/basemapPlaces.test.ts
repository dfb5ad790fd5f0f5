import { describe, expect, it } from 'vitest';
import { airfields, cities, cityZoom } from '../../../scripts/basemapPlaces.ts';
import { DETAIL_REGION, PLACES_REGION } from '../../../scripts/basemapAssets.ts';

describe('basemap places', () => {
  it('names the towns briefings on this region name by zoom 7, capitals from zoom 3', () => {
    const byName = new Map(cities(PLACES_REGION, DETAIL_REGION).map((c) => [c.properties.name, c.properties]));
    for (const town of ['Naha', 'Ishigaki', 'Miyakojima', 'Tacloban', 'Darwin', 'Puerto Princesa']) {
      expect(byName.get(town)?.z, town).toBeLessThanOrEqual(7);
    }
    for (const capital of ['Beijing', 'Taipei', 'Hanoi', 'Manila', 'Kuala Lumpur', 'Bandar Seri Begawan', 'Jakarta', 'Tokyo', 'Seoul', 'Pyongyang', 'Canberra']) {
      expect(byName.get(capital), capital).toMatchObject({ capital: true, z: 3 });
    }
    expect(cityZoom(316048, false)).toBe(5);
    // Reading the 12 MB gazetteer takes seconds on a loaded machine.
  }, 30_000);

  it('keeps the airfields the story names, military ones flagged', () => {
    const byCode = new Map(airfields(PLACES_REGION).map((a) => [a.properties.code, a.properties]));
    for (const code of ['RODN', 'ROTM', 'ROAH', 'YSRI', 'YPDN', 'YPTN']) expect(byCode.get(code)?.military, code).toBe(true);
    expect(byCode.get('RODN')?.name).toBe('Kadena Air Base');
  }, 30_000);
});
