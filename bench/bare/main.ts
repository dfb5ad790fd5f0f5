/**
 * The bench's reference: the fastest page this stack can make for the same first view. MapLibre
 * alone draws the app's Natural Earth basemap (the same files, converted by the same code, the same
 * basemap layers and font) at the view in the hash; no story, no panel, no framework. It signals
 * readiness as the app does (the region named "Map" gets aria-busy="false" on the first idle), and
 * imports a GeoJSON file the way the app's user layer import is specified (a file input named
 * "Import GeoJSON"; aria-busy goes true, then false once the points are drawn), done the cheapest
 * way MapLibre allows: the worker fetches and parses the file itself. It gets what makes any page
 * on this stack fast: the data files preloaded from the HTML, the worker started before the data,
 * a loading map drawn a few times a second (throttleUntilIdle), a click that redraws nothing (the
 * app's panOnlyOnMove).
 */
import { Map as MapLibreMap, prewarm, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { detailIds, italicLabelFonts, labelFonts } from 'virtual:data-files';
import { buildStyle, COARSE_LAYERS, coarseFilter } from '../../src/map/buildStyle';
import { DETAIL_SOURCE, DETAIL_ZOOM } from '../../src/map/ids';
import { fontFaces, italicFontFaces } from '../../src/map/fonts';
import { loadBasemap, loadCountries } from '../../src/map/loadBasemap';
import { light } from '../../src/map/theme';
import { panOnlyOnMove } from '../../src/map/panOnlyOnMove';
import { throttleUntilIdle } from '../../src/map/throttleUntilIdle';

const container = document.getElementById('map')!;
const [zoom, lat, lon] = (/map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(location.hash) ?? ['', '3', '10', '130']).slice(1).map(Number);

setWorkerUrl(workerUrl);
prewarm();
const { countries, labels } = await loadBasemap();
const map = new MapLibreMap({
  container,
  style: buildStyle(light, [], {
    countries,
    detail: { type: 'FeatureCollection', features: [] },
    // 1:50m everywhere until 1:10m has arrived, as in the app.
    detailIds: [],
    labels,
    fontFaces: fontFaces(labelFonts),
    italicFontFaces: italicFontFaces(italicLabelFonts),
    attribution: 'Natural Earth',
  }),
  center: [lon, lat],
  zoom,
  attributionControl: false,
  fadeDuration: 0,
});
// A click redraws nothing, as in the app: its pan starts on a move, not on the press.
panOnlyOnMove(map);
// A loading map is drawn a few times a second, as in the app.
throttleUntilIdle(map);
map.once('idle', () => container.setAttribute('aria-busy', 'false'));

// Close in, the same 1:10m coastlines as the app, loaded the first time they are needed.
let detail: Promise<void> | null = null;
const withDetail = () =>
  (detail ??= loadCountries('basemap/countries-10m-region.json').then((fc) => {
    (map.getSource(DETAIL_SOURCE) as GeoJSONSource).setData(fc);
    for (const id of COARSE_LAYERS) map.setFilter(id, coarseFilter(detailIds));
  }));

// A new view in the hash jumps there; busy until it is drawn (the bench clicks there next).
addEventListener('hashchange', async () => {
  const m = /map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(location.hash);
  if (!m) return;
  container.setAttribute('aria-busy', 'true');
  map.jumpTo({ zoom: Number(m[1]), center: [Number(m[3]), Number(m[2])] });
  if (map.getZoom() >= DETAIL_ZOOM - 1) await withDetail();
  map.once('idle', () => container.setAttribute('aria-busy', 'false'));
});

let imported = 0;
// Points are drawn as dots; "Import areas" fills and outlines a file's polygons (a story
// package's places, bench/storyFiles.ts).
for (const input of document.querySelectorAll<HTMLInputElement>('input[type=file]')) {
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    container.setAttribute('aria-busy', 'true');
    const id = `user-${++imported}`;
    map.addSource(id, { type: 'geojson', data: URL.createObjectURL(file) });
    if (input.hasAttribute('data-areas')) {
      map.addLayer({ id: `${id}-fill`, type: 'fill', source: id, paint: { 'fill-color': '#7f8c8d', 'fill-opacity': 0.3 } });
      map.addLayer({ id: `${id}-line`, type: 'line', source: id, paint: { 'line-color': '#7f8c8d', 'line-width': 1.5 } });
    } else {
      map.addLayer({ id, type: 'circle', source: id, paint: { 'circle-radius': 2, 'circle-color': '#c0392b' } });
    }
    map.once('idle', () => container.setAttribute('aria-busy', 'false'));
  });
}
