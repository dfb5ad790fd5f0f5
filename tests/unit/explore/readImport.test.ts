import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readImport, detectFormat, type ReadResult } from '../../../src/explore/readImport.ts';
import { answerImport } from '../../../src/explore/answerImport.ts';
import * as fixtures from '../../fixtures/imports/binaryFixtures.ts';

const fixture = (name: string) => new Blob([readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url))]);
const accepted = (r: ReadResult) => {
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r;
};
const refused = (r: ReadResult) => {
  if (r.ok) throw new Error('expected a refusal');
  return r;
};
const names = (r: ReadResult) => accepted(r).layers.map((l) => [l.name, l.data.features.map((f) => f.properties?.name ?? f.properties?.station ?? f.properties?.id)]);

describe('readImport reads each format with its library', () => {
  it('KML: one layer per folder, names and descriptions as text, simple colours kept', async () => {
    const r = accepted(await readImport(fixture('harbours.kml'), 'harbours.kml'));
    expect(r.format).toBe('kml');
    expect(names(r)).toEqual([
      ['harbours.kml', ['Naha Port']],
      ['harbours.kml / Ports', ['Ishigaki Port', 'Hirara Port']],
      ['harbours.kml / Routes', ['Naha to Ishigaki']],
    ]);
    const naha = r.layers[0].data.features[0];
    expect(naha.properties!.description).toBe('<b>Okinawa</b> <img src=x onerror=alert(1)>');
    expect(naha.properties!['icon-color']).toBe('#ff0000');
    expect(r.layers[2].data.features[0].properties!.stroke).toBe('#ff0000');
    expect(r.layers[2].summary).toMatchObject({ features: 1, positions: 3 });
  });

  it('KMZ: the KML inside the zip', async () => {
    const r = accepted(await readImport(new Blob([fixtures.kmz()]), 'harbours.kmz'));
    expect(r.format).toBe('kmz');
    expect(r.layers.map((l) => l.name)).toEqual(['harbours.kmz', 'harbours.kmz / Ports', 'harbours.kmz / Routes']);
  });

  it('GPX: tracks and waypoints', async () => {
    const r = accepted(await readImport(fixture('ferry.gpx'), 'ferry.gpx'));
    expect(r.layers[0].data.features.map((f) => [f.geometry!.type, f.properties!.name])).toEqual([
      ['LineString', 'Ferry to Zamami'],
      ['Point', 'Tomari Wharf'],
    ]);
  });

  it('CSV and TSV: latitude and longitude columns found by their names, every cell a property', async () => {
    const csv = accepted(await readImport(fixture('ports.csv'), 'ports.csv'));
    expect(csv.layers[0].data.features[2]).toEqual({
      type: 'Feature',
      properties: { name: 'Hirara Port, Miyako', Latitude: '24.808', Longitude: '125.277', berths: '4' },
      geometry: { type: 'Point', coordinates: [125.277, 24.808] },
    });
    const tsv = accepted(await readImport(fixture('stations.tsv'), 'stations.tsv'));
    expect(tsv.layers[0].data.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [127.7692, 26.3516] },
      { type: 'Point', coordinates: [127.7563, 26.2742] },
    ]);
  });

  it('CSV: a WKT column', async () => {
    const r = accepted(await readImport(fixture('areas-wkt.csv'), 'areas.csv'));
    expect(r.layers[0].data.features.map((f) => f.geometry!.type)).toEqual(['Polygon', 'LineString']);
    expect(r.layers[0].summary.bounds).toEqual([127, 26, 128, 27]);
  });

  it('CSV: asks for the columns when none is named like a position, then reads the ones chosen', async () => {
    const r = refused(await readImport(fixture('survey.csv'), 'survey.csv'));
    expect(r).toMatchObject({ problem: 'choose-columns', headers: ['site', 'northing', 'easting'] });
    const chosen = accepted(await readImport(fixture('survey.csv'), 'survey.csv', { columns: { lat: 'northing', lon: 'easting' } }));
    expect(chosen.layers[0].data.features[0].geometry).toEqual({ type: 'Point', coordinates: [127.668, 26.222] });
  });

  it('zipped shapefile: read with its attributes; reprojected to WGS 84 when its .prj says Web Mercator', async () => {
    const r = accepted(await readImport(new Blob([await fixtures.shapefileZip()]), 'ports.zip'));
    expect(r.format).toBe('shapefile');
    expect(r.layers[0].data.features.map((f) => [f.properties!.name, f.properties!.berths])).toEqual([
      ['Naha Port', 12],
      ['Ishigaki Port', 6],
      ['Hirara Port', 4],
    ]);
    const projected = accepted(await readImport(new Blob([await fixtures.mercatorShapefileZip()]), 'ports-mercator.zip'));
    const [lon, lat] = (projected.layers[0].data.features[0].geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(127.668, 6);
    expect(lat).toBeCloseTo(26.222, 6);
  });

  it('FlatGeobuf: streamed, with its properties', async () => {
    const r = accepted(await readImport(new Blob([fixtures.flatgeobuf()]), 'ports.fgb'));
    expect(r.format).toBe('flatgeobuf');
    expect(r.layers[0].data.features.map((f) => [f.properties!.name, (f.geometry as { coordinates: number[] }).coordinates])).toEqual([
      ['Naha Port', [127.668, 26.222]],
      ['Ishigaki Port', [124.158, 24.336]],
      ['Hirara Port', [125.277, 24.808]],
    ]);
  });

  it('finds the format from the first bytes before the extension', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(detectFormat('export.xml', bytes('<?xml version="1.0"?><kml xmlns="x">'))).toBe('kml');
    expect(detectFormat('track.txt', bytes('<gpx version="1.1">'))).toBe('gpx');
    expect(detectFormat('data.txt', bytes('{"type":"FeatureCollection"'))).toBe('geojson');
    expect(detectFormat('places.kmz', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('kmz');
    expect(detectFormat('anything.bin', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('shapefile');
    expect(detectFormat('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff]))).toBeNull();
  });
});

describe('readImport refuses broken files, naming the file and the problem', () => {
  const cases: [string, () => Promise<Blob> | Blob, RegExp][] = [
    ['broken.kml', () => fixture('broken.kml'), /^"broken\.kml" is not a readable KML file: it is not well-formed XML/],
    ['not-gpx.gpx', () => fixture('not-gpx.gpx'), /^"not-gpx\.gpx" is not a readable GPX file: it is XML but not GPX \(its root element is <html>\)/],
    ['bad-number.csv', () => fixture('bad-number.csv'), /^"bad-number\.csv" is not a readable CSV file: row 3: the latitude "north" is not a number\.$/],
    ['notes.zip', () => new Blob([fixtures.zipWithoutShapefile()]), /^"notes\.zip" is not a readable zipped shapefile file: the zip holds no shapefile \(\.shp\)\.$/],
    ['broken.fgb', () => new Blob([fixtures.brokenFlatgeobuf()]), /^"broken\.fgb" is not a readable FlatGeobuf file: /],
    ['broken.kmz', () => new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9])]), /^"broken\.kmz" is not a readable KMZ file: it is not a readable zip/],
    ['photo.jpg', () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])]), /^"photo\.jpg" is not a file the map can read: it takes GeoJSON, KML/],
  ];
  for (const [name, make, message] of cases) {
    it(name, async () => {
      expect(refused(await readImport(await make(), name)).message).toMatch(message);
    });
  }

  it('a file whose reading fails: a refusal that says so, never a thrown error', async () => {
    const unreadable = { size: 10, slice: () => unreadable, arrayBuffer: () => Promise.reject(new Error('the file was moved')) } as unknown as Blob;
    expect(await answerImport({ file: unreadable, name: 'gone.geojson' })).toEqual({
      ok: false,
      problem: 'unreadable',
      message: '"gone.geojson" could not be read: the file was moved.',
    });
  });

  it('limits hold across all the layers of one file', async () => {
    const r = refused(await readImport(fixture('harbours.kml'), 'harbours.kml', {}, { maxBytes: 1e6, maxPositions: 4 }));
    expect(r).toMatchObject({ problem: 'too-large' });
    expect(r.message).toMatch(/^"harbours\.kml \/ Routes" is too large: more than 4 positions/);
  });

  it('properties nested deeper than a copy can take are refused in every thread alike', async () => {
    // Written out as text: JSON.stringify of this would overflow the stack.
    const text = `{"type":"Feature","properties":${'{"d":'.repeat(200_000)}0${'}'.repeat(200_000)},"geometry":{"type":"Point","coordinates":[0,0]}}`;
    expect(refused(await readImport(new Blob([text]), 'deep.geojson')).message).toMatch(/^"deep\.geojson" is JSON but not GeoJSON: feature 1 has properties nested more than 64 deep/);
  });
});
