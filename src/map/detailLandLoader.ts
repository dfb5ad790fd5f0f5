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
  /** The cells the build wrote: asked for (`list`) the first time the map nears DETAIL_LAND_ZOOM. */
  #listing: Promise<string[]> | null = null;
  #onError: (message: string) => void;
  /** Loaded cells by file name, oldest first. */
  #cells = new Map<string, Feature[]>();
  #pending = new Set<string>();

  constructor(map: MapLibreMap, list: () => Promise<string[]>, onError: (message: string) => void) {
    this.#map = map;
    this.#list = list;
    this.#onError = onError;
  }

  /** Asks for the list of cells (once), ahead of the first view close in. */
  prefetch(): Promise<string[]> {
    if (!this.#listing) {
      this.#listing = this.#list().catch((e: Error) => {
        this.#listing = null;
        throw e;
      });
      this.#listing.catch(() => {});
    }
    return this.#listing;
  }

  /**
   * Brings in the cells the view needs, all at once (one cut into tiles, not one per cell), and
   * settles when they are in the source. Two zoom levels before they are needed it only asks for
   * the list, so that a zoom in does not wait for it (the map owner asks for it earlier still,
   * once the first view is drawn: a jump straight in would wait).
   */
  async update(): Promise<void> {
    const zoom = this.#map.getZoom();
    if (zoom < DETAIL_LAND_ZOOM - 2) return;
    const listing = this.prefetch();
    if (zoom < DETAIL_LAND_ZOOM) return;
    let available: string[];
    try {
      available = await listing;
    } catch (e) {
      return this.#failed(e as Error);
    }
    if (this.#map.getZoom() < DETAIL_LAND_ZOOM) return;
    const b = this.#map.getBounds();
    const wanted = cellsInView(this.#map.getZoom(), [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], available);
    const missing = wanted.filter((name) => !this.#cells.has(name) && !this.#pending.has(name));
    if (missing.length === 0) return;
    for (const name of missing) this.#pending.add(name);
    const loaded = await Promise.allSettled(missing.map((name) => fetchDataFile<FeatureCollection>(name)));
    for (const name of missing) this.#pending.delete(name);
    const failed = loaded.find((r) => r.status === 'rejected');
    if (failed) this.#failed(failed.reason as Error);
    loaded.forEach((r, i) => r.status === 'fulfilled' && this.#cells.set(missing[i], r.value.features));
    this.#trim(wanted);
    const all: FeatureCollection = { type: 'FeatureCollection', features: [...this.#cells.values()].flat() };
    (this.#map.getSource(DETAIL_LAND_SOURCE) as GeoJSONSource | undefined)?.setData(all);
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
