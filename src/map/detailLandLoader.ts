import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { cellsInView, DETAIL_LAND_SOURCE, DETAIL_LAND_ZOOM } from './detailLand';
import { fetchDataFile } from './loadBasemap';

/** Cells kept in the source at most: each one more is cut into tiles again on every arrival. */
const KEPT = 16;

/**
 * Loads OSM's land cells as the view needs them (see cellsInView) into DETAIL_LAND_SOURCE, and
 * lets go of the oldest out of view beyond KEPT. The map owner calls `update` when the camera stops.
 */
export class DetailLandLoader {
  #map: MapLibreMap;
  #list: () => Promise<string[]>;
  /** The cells the build wrote: asked for (`list`) the first time the map is close in. */
  #available: string[] | null = null;
  #listing = false;
  #onError: (message: string) => void;
  /** Loaded cells by file name, oldest first. */
  #cells = new Map<string, Feature[]>();
  #pending = new Set<string>();

  constructor(map: MapLibreMap, list: () => Promise<string[]>, onError: (message: string) => void) {
    this.#map = map;
    this.#list = list;
    this.#onError = onError;
  }

  update(): void {
    if (this.#map.getZoom() < DETAIL_LAND_ZOOM) return;
    if (!this.#available) {
      if (this.#listing) return;
      this.#listing = true;
      this.#list()
        .then((available) => {
          this.#available = available;
          this.update();
        })
        .catch((e: Error) => this.#failed(e));
      return;
    }
    const b = this.#map.getBounds();
    const wanted = cellsInView(this.#map.getZoom(), [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], this.#available);
    for (const name of wanted) {
      if (this.#cells.has(name) || this.#pending.has(name)) continue;
      this.#pending.add(name);
      fetchDataFile<FeatureCollection>(name)
        .then((fc) => {
          this.#cells.set(name, fc.features);
          this.#trim(wanted);
          const all: FeatureCollection = { type: 'FeatureCollection', features: [...this.#cells.values()].flat() };
          (this.#map.getSource(DETAIL_LAND_SOURCE) as GeoJSONSource | undefined)?.setData(all);
        })
        .catch((e: Error) => this.#failed(e))
        .finally(() => this.#pending.delete(name));
    }
  }

  #failed(e: Error): void {
    this.#onError(`Detailed coastlines could not be loaded (${e.message}); the map shows coarser ones.`);
  }

  #trim(inView: string[]): void {
    for (const name of this.#cells.keys()) {
      if (this.#cells.size <= KEPT) return;
      if (!inView.includes(name)) this.#cells.delete(name);
    }
  }
}
