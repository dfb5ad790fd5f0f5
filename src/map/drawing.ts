import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import {
  TerraDraw,
  TerraDrawCircleMode,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { AnnotationKind } from '../story/annotation';

/** What the user draws with: the app's one drawing engine (terra-draw), for any tool that draws shapes. */
export type DrawShape = 'line' | 'polygon' | 'circle' | 'point';

/** The terra-draw mode each annotation kind is drawn with. */
export const SHAPE_OF: Record<AnnotationKind, DrawShape> = { arrow: 'line', line: 'line', area: 'polygon', circle: 'circle', text: 'point' };

const MODE: Record<DrawShape, string> = { line: 'linestring', polygon: 'polygon', circle: 'circle', point: 'point' };

/** Where a point being drawn at (x, y) on the map, in CSS pixels, snaps to: a place or a vertex nearby, or none. */
export type SnapTo = (x: number, y: number) => [number, number] | undefined;

/**
 * MapLibre's adapter, except that a point is placed on the world's own longitudes: a click on the
 * map's next copy of the world (east of 180°, say, when measuring across the Pacific) would be
 * refused by terra-draw, which takes longitudes within ±180° only.
 */
class Adapter extends TerraDrawMapLibreGLAdapter<MapLibreMap> {
  placesPoints = false;
  unproject(x: number, y: number) {
    const at = super.unproject(x, y);
    return this.placesPoints ? { lng: ((((at.lng + 180) % 360) + 360) % 360) - 180, lat: at.lat } : at;
  }
}

/** A placed shape the user may move: its kind and [lon, lat] positions (a path, a closed ring or one point). */
export interface PlacedShape {
  shape: DrawShape;
  positions: [number, number][];
}

type Positions = [number, number][];
const round = (v: number) => Math.round(v * 1e5) / 1e5;

function positionsOf(geometry: GeoJSONStoreFeatures['geometry'] | undefined): Positions {
  if (!geometry) return [];
  const raw = geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates[0];
  return raw.map(([lon, lat]) => [round(lon), round(lat)]);
}

/** The GeoJSON geometry of a shape's positions (a circle is its ring, an area). */
export function geometryOf({ shape, positions }: PlacedShape): Point | LineString | Polygon {
  if (shape === 'point') return { type: 'Point', coordinates: positions[0] };
  if (shape === 'line') return { type: 'LineString', coordinates: positions };
  return { type: 'Polygon', coordinates: [positions] };
}

/**
 * Owns terra-draw for one map, the one path by which tools take the map's clicks to place
 * things: a slide's marks, a story's places, the measured path, the range ring's centre. Each
 * finished shape is handed over as [lon, lat] positions (a path, a closed ring or one point) and
 * removed from terra-draw's own layers: whoever keeps it draws it. Placed shapes can be loaded
 * back (`move`) for the user to select and drag, whole or point by point. A line or an area being
 * drawn snaps to its own points and to what `snapTo` finds (the places and vertices on the map).
 * One user at a time: whoever starts drawing or moving next ends the one before (its `onend`).
 */
export class Drawing {
  #draw: TerraDraw;
  #adapter: Adapter;
  #onfinish: ((positions: Positions) => void) | null = null;
  #onend: (() => void) | null = null;
  #onmove: ((index: number, positions: Positions) => void) | null = null;
  #onselect: ((index: number | null) => void) | null = null;
  /** terra-draw's id for each shape being moved (null: terra-draw refused it, e.g. east of 180°). */
  #moving: (string | number | null)[] = [];
  #movingShapes: DrawShape[] = [];
  /** A shape is being drawn or moved: the map's clicks belong to the drawing, not to selection. */
  active = false;

  constructor(map: MapLibreMap, snapTo?: SnapTo) {
    // terra-draw draws thin guides over the slide's own drawing of each mark (the slide draws the
    // colours, widths and arrow heads), so a mark being moved still looks like itself.
    const GUIDE = '#1a1a1a';
    const SELECTED = '#0057b8';
    const outline = { fillColor: GUIDE, fillOpacity: 0.05, outlineColor: GUIDE, outlineWidth: 1 } as const;
    const whole = { feature: { draggable: true } };
    const pointByPoint = { feature: { draggable: true, coordinates: { draggable: true } } };
    const snapping = { toCoordinate: true, ...(snapTo ? { toCustom: (e: { containerX: number; containerY: number }) => snapTo(e.containerX, e.containerY) } : {}) };
    this.#adapter = new Adapter({ map });
    this.#draw = new TerraDraw({
      adapter: this.#adapter,
      modes: [
        new TerraDrawLineStringMode({ styles: { lineStringColor: GUIDE, lineStringWidth: 1 }, snapping }),
        new TerraDrawPolygonMode({ styles: outline, snapping }),
        new TerraDrawCircleMode({ styles: outline }),
        new TerraDrawPointMode({ styles: { pointColor: GUIDE, pointWidth: 4 } }),
        // A circle moves whole (dragging one of its 64 points would make it something else).
        new TerraDrawSelectMode({
          flags: { linestring: pointByPoint, polygon: pointByPoint, circle: whole, point: whole },
          // The shapes belong to the slide: Delete must not take one out of terra-draw alone.
          keyEvents: { deselect: 'Escape', delete: null, rotate: null, scale: null },
          styles: {
            selectedLineStringColor: SELECTED,
            selectedLineStringWidth: 2,
            selectedPolygonColor: SELECTED,
            selectedPolygonFillOpacity: 0.05,
            selectedPolygonOutlineColor: SELECTED,
            selectedPolygonOutlineWidth: 2,
            selectedPointColor: SELECTED,
          },
        }),
      ],
    });
    this.#draw.on('select', (id) => this.#onselect?.(this.#moving.indexOf(id)));
    this.#draw.on('deselect', () => this.#onselect?.(null));
    this.#draw.on('finish', (id, context) => {
      if (context.action !== 'draw') {
        const index = this.#moving.indexOf(id);
        if (index >= 0) this.#onmove?.(index, positionsOf(this.#draw.getSnapshotFeature(id)?.geometry));
        return;
      }
      const feature = this.#draw.getSnapshotFeature(id);
      this.#draw.removeFeatures([id]);
      if (feature && this.#onfinish) this.#onfinish(positionsOf(feature.geometry));
    });
  }

  /**
   * Lets the user draw `shape`; `onfinish` gets each finished one until `stop`, or until another
   * drawing or moving takes over, which `onend` hears of.
   */
  start(shape: DrawShape, onfinish: (positions: Positions) => void, onend?: () => void): void {
    this.#end();
    if (!this.#draw.enabled) this.#draw.start();
    this.#unload();
    this.#onfinish = onfinish;
    this.#onend = onend ?? null;
    this.#adapter.placesPoints = shape === 'point';
    this.#draw.setMode(MODE[shape]);
    this.active = true;
  }

  /** Tells the drawing under way, if any, that it is over. */
  #end(): void {
    const onend = this.#onend;
    this.#onend = null;
    onend?.();
  }

  /**
   * Lets the user select the placed `shapes` on the map and drag them (or their points);
   * `onmove` gets the shape's index and new positions after each drag, `onselect` the index of
   * the shape the user selected (null: none). Called again with the shapes as they now are (a
   * shape moved, removed or added elsewhere), it keeps what is selected.
   */
  move(shapes: readonly PlacedShape[], onmove: (index: number, positions: Positions) => void, onselect: (index: number | null) => void): void {
    this.#end();
    this.#adapter.placesPoints = false;
    if (!this.#draw.enabled) this.#draw.start();
    this.#onfinish = null;
    if (this.#draw.getMode() !== 'select') this.#draw.setMode('select');
    this.active = true;
    const same = shapes.length === this.#moving.length && shapes.every((s, i) => s.shape === this.#movingShapes[i]);
    if (!same) this.#unload();
    this.#onmove = onmove;
    this.#onselect = onselect;
    if (same) {
      shapes.forEach((s, i) => {
        const id = this.#moving[i];
        const now = id === null ? undefined : this.#draw.getSnapshotFeature(id);
        if (id !== null && now && JSON.stringify(positionsOf(now.geometry)) !== JSON.stringify(s.positions)) this.#draw.updateFeatureGeometry(id, geometryOf(s));
      });
      return;
    }
    const features = shapes.map(
      (s): Feature => ({ type: 'Feature', id: this.#draw.getFeatureId(), geometry: geometryOf(s), properties: { mode: MODE[s.shape] } }),
    );
    const results = this.#draw.addFeatures(features as GeoJSONStoreFeatures[]);
    const valid = new Set(results.filter((r) => r.valid).map((r) => r.id));
    this.#moving = features.map((f) => (valid.has(f.id!) ? f.id! : null));
    this.#movingShapes = shapes.map((s) => s.shape);
  }

  #unload(): void {
    const loaded = this.#moving.filter((id): id is string | number => id !== null && this.#draw.hasFeature(id));
    if (loaded.length) this.#draw.removeFeatures(loaded);
    this.#moving = [];
    this.#movingShapes = [];
    this.#onmove = null;
    this.#onselect?.(null);
    this.#onselect = null;
  }

  /** Ends drawing or moving (its owner's own end: `onend` is not told); the map answers clicks again. */
  stop(): void {
    this.#onend = null;
    this.#onfinish = null;
    this.#onmove = null;
    this.#onselect?.(null);
    this.#onselect = null;
    this.#moving = [];
    this.#movingShapes = [];
    this.active = false;
    // Stopping clears terra-draw's store and layers.
    if (this.#draw.enabled) this.#draw.stop();
  }
}
