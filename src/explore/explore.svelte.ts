import type { Feature, Position } from 'geojson';
import type { AppState } from '../state/appState.svelte';
import { KM_PER_NMI } from './measure';
import { UserLayers, type UserLayer } from './userLayers.svelte';
import { isTilesetFile, UserTilesets, type UserTileset } from './userTilesets.svelte';
import type { ReadOptions } from './readImport';
import { featureBounds, type Bounds } from '../map/featureBounds';

export type Tool = 'measure' | 'ring';

/** A feature of one of the user's layers, as the map gave it back on a click. */
export interface UserSelection {
  layerId: string;
  /** Its index in the layer's features (MapLibre's generated id, or the tile worker's). */
  index: number;
  /** The feature as its tile gave it back, for a dense point layer (whose features the page does not hold). */
  feature?: Feature;
}

/** A feature of one of the user's tilesets, as the map gave it back on a click (tiles are not kept in memory). */
export interface TileSelection {
  tilesetId: string;
  /** Its vector layer's name. */
  layer: string;
  properties: Record<string, unknown>;
  geometryType: string;
}

/** The box around several layers' boxes (the shorter way round the globe, as for features). */
function around(boxes: (Bounds | null)[]): Bounds | null {
  const corner = (lon: number, lat: number): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon > 180 ? lon - 360 : lon, lat] } });
  return featureBounds(boxes.flatMap((b) => (b ? [corner(b[0], b[1]), corner(b[2], b[3])] : [])));
}

/**
 * State of the explore tools (measure, range ring, the distance between two features) and the
 * user's own layers. The map overlay draws it; the panels and the tool bar change it.
 */
export class Explore {
  readonly layers: UserLayers;
  readonly tilesets: UserTilesets;
  /** The map tool that takes clicks instead of selection; null when none. */
  tool = $state<Tool | null>(null);
  /** The open tool takes the map's clicks (its drawing engine has started: the first use loads it). */
  toolReady = $state(false);
  /** The measured path, in click order (longitudes unwrapped as clicked). */
  path = $state.raw<Position[]>([]);
  /** The path is closed into an area. */
  closed = $state(false);
  /** Where the range ring is centred, and what to call that place. */
  ringCentre = $state.raw<{ at: Position; label: string } | null>(null);
  radius = $state(500);
  unit = $state<'nmi' | 'km'>('nmi');
  /** The feature to measure the selected one's distance to. */
  compareId = $state<string | null>(null);
  /** A clicked feature of the user's layers. */
  userSelected = $state.raw<UserSelection | null>(null);
  /** A clicked feature of the user's tilesets. */
  tileSelected = $state.raw<TileSelection | null>(null);

  radiusKm = $derived(this.unit === 'nmi' ? this.radius * KM_PER_NMI : this.radius);

  #app: AppState;
  /** Layers not yet drawn, with when their import started (performance.now()). */
  #awaitingDraw = new Map<string, number>();

  constructor(app: AppState, layers = new UserLayers(), tilesets = new UserTilesets(layers)) {
    this.#app = app;
    this.layers = layers;
    this.tilesets = tilesets;
  }

  /** Brings back the layers kept from earlier visits; the map stays busy until they are drawn. */
  async restore(): Promise<void> {
    this.#begin();
    try {
      await this.layers.restore((layer) => this.#awaitDraw(layer, performance.now()));
      await this.tilesets.restore((tileset) => this.#awaitDraw(tileset, performance.now()));
    } finally {
      this.#end();
    }
  }

  /**
   * Imports a file as a layer, fits the map to it, and keeps the map busy until it is drawn.
   * Each import leaves two performance measures: "import: read" (file to parsed layer) and
   * "import: drawn" (file to first render with the layer).
   */
  async importFile(file: File, options?: ReadOptions): Promise<UserLayer[] | null> {
    this.#begin();
    const start = performance.now();
    try {
      // A tileset is read as the map asks for its tiles, never through the import worker.
      if (await isTilesetFile(file)) {
        await this.#opening((onopen) => this.tilesets.openFile(file, onopen));
        return null;
      }
      // Each layer awaits its drawing from before it joins the map, which may draw it at once.
      const layers = await this.layers.importFile(file, options, (layer) => this.#awaitDraw(layer, start));
      if (layers) {
        performance.measure('import: read', { start, detail: file.name });
        const bounds = layers.length === 1 ? layers[0].summary.bounds : around(layers.map((l) => l.summary.bounds));
        if (bounds) this.#app.fit(bounds);
      }
      return layers;
    } finally {
      this.#end();
    }
  }

  /** Opens a PMTiles tileset on a server (see UserTilesets.openUrl). */
  openTilesetUrl(url: string): Promise<UserTileset | null> {
    return this.#opening((onopen) => this.tilesets.openUrl(url, onopen));
  }

  /** Opens a kept tileset again: its file chosen again, or its URL. */
  reopenTileset(id: string, file?: File): Promise<UserTileset | null> {
    return this.#opening((onopen) => this.tilesets.reopen(id, file, onopen));
  }

  /** A tileset being opened: the map is busy until it is drawn, and then fits it. */
  async #opening(open: (onopen: (t: UserTileset) => void) => Promise<UserTileset | null>): Promise<UserTileset | null> {
    this.#begin();
    const start = performance.now();
    try {
      const tileset = await open((t) => this.#awaitDraw(t, start));
      if (tileset?.info?.bounds) this.#app.fit(tileset.info.bounds);
      return tileset;
    } finally {
      this.#end();
    }
  }

  /** Clears a clicked feature of the user's layers or tilesets. */
  clearUserSelection(): void {
    this.userSelected = null;
    this.tileSelected = null;
  }

  async removeTileset(id: string): Promise<void> {
    if (this.tileSelected?.tilesetId === id) this.tileSelected = null;
    this.drawn(id);
    await this.tilesets.remove(id);
  }

  setTilesetLayerVisible(id: string, layer: string, visible: boolean): void {
    if (!visible && this.tileSelected?.tilesetId === id && this.tileSelected.layer === layer) this.tileSelected = null;
    this.tilesets.setVisible(id, layer, visible);
  }

  async removeLayer(id: string): Promise<void> {
    if (this.userSelected?.layerId === id) this.userSelected = null;
    this.drawn(id);
    await this.layers.remove(id);
  }

  /** Stops preparing a dense layer for the map (Cancel): the layer goes, as if never imported. */
  async cancelPreparing(id: string): Promise<void> {
    const layer = this.layers.list.find((l) => l.id === id);
    if (!layer) return;
    await this.removeLayer(id);
    this.layers.status = `The import of "${layer.name}" was cancelled. Nothing was imported.`;
  }

  setLayerVisible(id: string, visible: boolean): void {
    if (!visible && this.userSelected?.layerId === id) this.userSelected = null;
    this.layers.setVisible(id, visible);
  }

  /** The map drew a layer (or it went away before it could be): that import's work is done. */
  drawn(id: string): void {
    const start = this.#awaitingDraw.get(id);
    if (start === undefined) return;
    this.#awaitingDraw.delete(id);
    performance.measure('import: drawn', { start, detail: id });
    this.#end();
  }

  /** Opens a tool (closing any other); opening the open one closes it. */
  toggleTool(tool: Tool): void {
    const next = this.tool === tool ? null : tool;
    this.#clearTools();
    this.tool = next;
  }

  /** Opens the range ring around a place. */
  ringAround(at: Position, label: string): void {
    this.#clearTools();
    this.tool = 'ring';
    this.ringCentre = { at, label };
  }

  /** Adds a point to the measured path; a click near the first point closes it instead. */
  addPoint(point: Position): void {
    if (this.closed) {
      this.path = [point];
      this.closed = false;
      return;
    }
    this.path = [...this.path, point];
  }

  undoPoint(): void {
    if (this.closed) this.closed = false;
    else this.path = this.path.slice(0, -1);
  }

  closePath(): void {
    if (this.path.length >= 3) this.closed = true;
  }

  /** Esc: cancels the open tool and what it drew, or else clears a clicked user feature. True if it did something. */
  escape(): boolean {
    if (this.tool) {
      this.#clearTools();
      return true;
    }
    if (this.userSelected || this.tileSelected) {
      this.clearUserSelection();
      return true;
    }
    return false;
  }

  #clearTools(): void {
    this.tool = null;
    this.toolReady = false;
    this.path = [];
    this.closed = false;
    this.ringCentre = null;
  }

  #awaitDraw(layer: { id: string }, start: number): void {
    this.#awaitingDraw.set(layer.id, start);
    this.#begin();
  }

  #begin(): void {
    this.#app.beginWork();
  }

  #end(): void {
    this.#app.doneWork();
  }
}
