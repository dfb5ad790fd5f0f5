import { describe, expect, it } from 'vitest';
import { PMTiles, type Source } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { MAX_TILESET_LAYERS, tilesetInfo, type TilesetHeader } from '../../../src/explore/tilesetInfo.ts';
import { pmtiles, TILESET_MAX_ZOOM } from '../../fixtures/imports/pmtilesFixture.ts';

const header = (over: Partial<TilesetHeader> = {}): TilesetHeader => ({ tileType: 1, minZoom: 0, maxZoom: 8, minLon: 120, minLat: 20, maxLon: 130, maxLat: 30, ...over });
const vector = (...ids: unknown[]) => ({ vector_layers: ids.map((id) => ({ id, fields: {} })) });
/** An archive's bytes as pmtiles' reader reads a file. */
const bytesSource = (bytes: Uint8Array): Source => ({
  getKey: () => 'fixture',
  getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
});

describe('tilesetInfo', () => {
  it('lists the vector layers of the metadata, with the header\'s box and zooms', () => {
    expect(tilesetInfo(header(), vector('ports', 'routes', 'areas'))).toEqual({
      layers: ['ports', 'routes', 'areas'],
      bounds: [120, 20, 130, 30],
      minzoom: 0,
      maxzoom: 8,
      encoding: 'mvt',
    });
  });

  it('draws MapLibre tiles (MLT) as MLT, and lists a layer named twice once', () => {
    expect(tilesetInfo(header({ tileType: 6 }), vector('a', 'a'))).toMatchObject({ layers: ['a'], encoding: 'mlt' });
  });

  it('refuses raster, unknown tile types and empty zoom ranges, saying which', () => {
    expect(tilesetInfo(header({ tileType: 2 }), {})).toBe('it holds raster tiles (PNG); only vector tilesets can be shown as layers');
    expect(tilesetInfo(header({ tileType: 0 }), vector('a'))).toBe('its tile type is not one of the vector types (MVT or MLT)');
    expect(tilesetInfo(header({ minZoom: 9, maxZoom: 3 }), vector('a'))).toBe('its zoom range (9 to 3) is empty');
  });

  it('refuses metadata without vector layers, with nameless ones, or with too many', () => {
    for (const metadata of [null, 'text', {}, { vector_layers: [] }, { vector_layers: {} }])
      expect(tilesetInfo(header(), metadata)).toBe('its metadata lists no vector layers ("vector_layers")');
    for (const id of [undefined, 3, '', 'x'.repeat(201)]) expect(tilesetInfo(header(), vector(id))).toBe('a vector layer in its metadata has no name');
    expect(tilesetInfo(header(), vector(...Array.from({ length: MAX_TILESET_LAYERS + 1 }, (_, i) => `l${i}`)))).toMatch(/^it has 101 vector layers/);
  });

  it('gives no box where the header\'s is not one (then the map is not fitted), and caps the zooms at what MapLibre takes', () => {
    expect(tilesetInfo(header({ minLon: 130, maxLon: 120 }), vector('a'))).toMatchObject({ bounds: null });
    expect(tilesetInfo(header({ minLat: -95 }), vector('a'))).toMatchObject({ bounds: null });
    expect(tilesetInfo(header({ minZoom: 2, maxZoom: 30 }), vector('a'))).toMatchObject({ minzoom: 2, maxzoom: 24 });
  });

  it('reads the test fixture as pmtiles reads it: three layers, and its tiles hold the features', async () => {
    const archive = new PMTiles(bytesSource(pmtiles()));
    const h = await archive.getHeader();
    expect(tilesetInfo(h, await archive.getMetadata())).toEqual({
      layers: ['ports', 'routes', 'areas'],
      bounds: [124, 24.2, 127.8, 26.4],
      minzoom: 0,
      maxzoom: TILESET_MAX_ZOOM,
      encoding: 'mvt',
    });
    const tile = await archive.getZxy(6, 54, 27);
    const layers = new VectorTile(new PbfReader(new Uint8Array(tile!.data))).layers;
    expect(Object.keys(layers).sort()).toEqual(['areas', 'ports', 'routes']);
    expect(layers.ports.feature(0).properties).toMatchObject({ name: 'Naha Port', berths: 12 });
    expect(tilesetInfo(await new PMTiles(bytesSource(pmtiles({ tileType: 2 }))).getHeader(), {})).toMatch(/^it holds raster tiles \(PNG\)/);
  });
});
