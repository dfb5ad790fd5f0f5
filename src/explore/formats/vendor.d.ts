declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';
  /** A FeatureCollection per layer of the zip (with the layer's file name), one collection when there is one layer. */
  type Layer = FeatureCollection & { fileName?: string };
  export function parseZip(buffer: ArrayBuffer | Uint8Array): Promise<Layer | Layer[]>;
}

declare module '@terraformer/wkt' {
  import type { Geometry } from 'geojson';
  export function wktToGeoJSON(wkt: string): Geometry;
}
