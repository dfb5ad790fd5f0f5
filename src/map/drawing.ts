import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDraw, TerraDrawCircleMode, TerraDrawLineStringMode, TerraDrawPointMode, TerraDrawPolygonMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { AnnotationKind } from '../story/annotation';

/** What the user draws with: the app's one drawing engine (terra-draw), for any tool that draws shapes. */
export type DrawShape = 'line' | 'polygon' | 'circle' | 'point';

/** The terra-draw mode each annotation kind is drawn with. */
export const SHAPE_OF: Record<AnnotationKind, DrawShape> = { arrow: 'line', line: 'line', area: 'polygon', circle: 'circle', text: 'point' };

const MODE: Record<DrawShape, string> = { line: 'linestring', polygon: 'polygon', circle: 'circle', point: 'point' };

/**
 * Owns terra-draw for one map: started with the first drawing, stopped on `destroy`. Each finished
 * shape is handed over as [lon, lat] positions (a path, a closed ring or one point) and removed
 * from terra-draw's own layers: whoever keeps it (a slide, a story) draws it.
 */
export class Drawing {
  #draw: TerraDraw;
  #onfinish: ((positions: [number, number][]) => void) | null = null;
  /** A shape is being drawn: the map's clicks belong to the drawing, not to selection. */
  active = false;

  constructor(map: MapLibreMap) {
    this.#draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [new TerraDrawLineStringMode(), new TerraDrawPolygonMode(), new TerraDrawCircleMode(), new TerraDrawPointMode()],
    });
    this.#draw.on('finish', (id) => {
      const feature = this.#draw.getSnapshotFeature(id);
      this.#draw.removeFeatures([id]);
      const geometry = feature?.geometry;
      if (!geometry || !this.#onfinish) return;
      const positions =
        geometry.type === 'Point'
          ? [geometry.coordinates]
          : geometry.type === 'LineString'
            ? geometry.coordinates
            : geometry.type === 'Polygon'
              ? geometry.coordinates[0]
              : [];
      const round = (v: number) => Math.round(v * 1e5) / 1e5;
      this.#onfinish(positions.map(([lon, lat]) => [round(lon), round(lat)]));
    });
  }

  /** Lets the user draw `shape`; `onfinish` gets each finished one until `stop`. */
  start(shape: DrawShape, onfinish: (positions: [number, number][]) => void): void {
    if (!this.#draw.enabled) this.#draw.start();
    this.#onfinish = onfinish;
    this.#draw.setMode(MODE[shape]);
    this.active = true;
  }

  /** Ends drawing; the map answers clicks again. */
  stop(): void {
    this.#onfinish = null;
    this.active = false;
    if (this.#draw.enabled) this.#draw.stop();
  }
}
