import { describe, expect, it } from 'vitest';
import { cellsInView, DETAIL_LAND_ZOOM, landCellName } from '../../../src/map/detailLand.ts';

const files = [landCellName(125, 25), landCellName(110, 5), landCellName(175, -20), landCellName(-180, -20), 'basemap/labels.json'];

describe('cellsInView (when close-in land is fetched)', () => {
  it('asks for nothing below DETAIL_LAND_ZOOM, however small the view', () => {
    expect(cellsInView(DETAIL_LAND_ZOOM - 0.01, [127.5, 26, 128.1, 26.7], files)).toEqual([]);
  });

  it('asks for the cells the view meets, from DETAIL_LAND_ZOOM', () => {
    expect(cellsInView(10, [127.5, 26, 128.1, 26.7], files)).toEqual(['basemap/land-osm/125_25.json']);
    expect(cellsInView(DETAIL_LAND_ZOOM, [112, 4, 126, 26], files)).toEqual(['basemap/land-osm/125_25.json', 'basemap/land-osm/110_5.json']);
  });

  it('asks for no cell the view only touches at its edge, nor one the build did not write', () => {
    expect(cellsInView(9, [120, 25, 125, 26], files)).toEqual([]);
    expect(cellsInView(9, [100, 0, 101, 1], files)).toEqual([]);
  });

  it('finds cells across 180° in a view that runs past it', () => {
    expect(cellsInView(9, [178, -18, 181, -17], files)).toEqual(['basemap/land-osm/175_-20.json', 'basemap/land-osm/-180_-20.json']);
  });
});
