import type { FeatureCollection } from 'geojson';
import type { ImportSummary } from './importGeojson';
import type { JobOptions, JobResult } from './importJob';
import type { WorkerLayer, WorkerRequest } from './answerImport';
import type { PointsView } from './pointTiles';
import type { ReadOptions, ReadProgress } from './readImport';
import { checkStoredLayer, indexedDbStore, memoryStore, type LayerStore, type StoredLayer } from './layerStore';
import { safeMode } from '../state/safeMode';
import { parseOffThread } from './parseOffThread';
import { uniqueName } from './uniqueName';

/** A layer the user brought: their file, parsed and checked, drawn over the story. */
export interface UserLayer {
  id: string;
  /** The file's name (made unique with " (2)" and so on). */
  name: string;
  color: string;
  visible: boolean;
  /** Its features; null for a dense point layer, which its tile worker holds (pointLayerTiles.ts). */
  data: FeatureCollection | null;
  /** How a dense point layer is drawn (clusters at first). */
  view: PointsView;
  summary: ImportSummary;
  /** What is stored: the file as imported where it was GeoJSON, else its layer as GeoJSON. */
  file: Blob;
  added: number;
}

/** Colours no story layer uses, for the user's layers in turn. */
export const USER_COLORS = ['#0b7285', '#c2255c', '#5f3dc4', '#e67700', '#2b8a3e', '#495057'];

export type Parse = (request: WorkerRequest, options?: JobOptions) => Promise<JobResult>;

/** A CSV whose position columns were not found: the user is asked to choose among its headers. */
export interface ColumnChoice {
  file: File;
  headers: string[];
}

/** A layer's features as the page holds them: parsed from the worker's JSON text, or none for a dense point layer. */
const dataOf = (read: WorkerLayer): FeatureCollection | null => ('json' in read ? JSON.parse(read.json) : null);

/** A new user layer's (or tileset's) id: its MapLibre source id (see USER_LAYER_ID). */
export const newId = () => `user-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/**
 * The user's own layers: imported from GeoJSON files (parsed off the main thread), kept in
 * IndexedDB until removed, each with its own colour and visibility.
 */
export class UserLayers {
  list = $state.raw<UserLayer[]>([]);
  /** Why the last import was refused, in plain words (shown as an alert). */
  error = $state<string | null>(null);
  /** The error is about a layer kept from an earlier visit (the way out: start without saved data). */
  fromStorage = $state(false);
  /** What the last import or removal did (announced politely). */
  status = $state<string | null>(null);
  /** The import under way: its file's name and how far it is. */
  progress = $state.raw<({ name: string } & ReadProgress) | null>(null);
  /** Dense layers whose tile worker is still preparing them for the map: what it is doing, by layer id. */
  preparing = $state.raw<Record<string, string>>({});
  /** A CSV waiting for the user to say which columns hold its positions. */
  choosing = $state.raw<ColumnChoice | null>(null);
  #controller: AbortController | null = null;

  #store: LayerStore;
  #parse: Parse;

  /** In safe mode (`?safe`) nothing kept is read, and nothing is kept. */
  constructor(store: LayerStore = safeMode() ? memoryStore() : indexedDbStore(), parse: Parse = parseOffThread) {
    this.#store = store;
    this.#parse = parse;
  }

  /** Loads the layers kept from earlier visits; `onlayer` hears of each one as it is ready. */
  async restore(onlayer?: (layer: UserLayer) => void): Promise<void> {
    let stored;
    try {
      stored = await this.#store.all();
    } catch {
      return; // Nothing kept (no storage): nothing to restore.
    }
    const records = stored.map(checkStoredLayer);
    const damaged = stored.filter((_, i) => typeof records[i] === 'string');
    if (damaged.length) {
      // Dropped, so that the next start does not meet them again; and said, so nothing goes unexplained.
      const key = (r: unknown) => (r as { id?: IDBValidKey } | null)?.id;
      await Promise.all(damaged.map((r) => (key(r) === undefined ? undefined : this.#store.remove(key(r)!).catch(() => {}))));
      const why = records.filter((r) => typeof r === 'string');
      this.fromStorage = true;
      this.error = `${plural(damaged.length, 'saved layer')} could not be restored and ${damaged.length === 1 ? 'was' : 'were'} removed: ${damaged.length === 1 ? 'its stored record is' : 'their stored records are'} damaged (${why.slice(0, 3).join('; ')}${why.length > 3 ? '; …' : ''}).`;
    }
    const good = records.filter((r): r is StoredLayer => typeof r !== 'string').sort((a, b) => a.added - b.added);
    for (const s of good) {
      // What is kept is GeoJSON whatever the file was.
      const result = await this.#parse({ file: s.file, name: s.name, options: { format: 'geojson' } }).catch((e: Error) => ({ ok: false as const, message: e.message }));
      if (!result.ok) {
        this.fromStorage = true;
        this.error = `Your saved layer "${s.name}" could not be restored and was removed: ${result.message}`;
        await this.#store.remove(s.id).catch(() => {});
        continue;
      }
      const read = result.layers[0];
      const layer: UserLayer = { ...s, data: dataOf(read), view: s.view ?? 'clusters', summary: read.summary };
      this.list = [...this.list, layer];
      onlayer?.(layer);
    }
  }

  /**
   * Imports a file as new visible layers (one per folder of a KML, per shapefile of a zip) and
   * keeps them. Returns the layers, or null when the file is refused, cancelled or waits for its
   * columns to be chosen (then `error` or `choosing` says so and nothing else changes).
   * `onlayer` hears of each layer just before it joins the list (and so the map).
   */
  async importFile(file: File, options?: ReadOptions, onlayer?: (layer: UserLayer) => void): Promise<UserLayer[] | null> {
    this.error = null;
    this.fromStorage = false;
    this.choosing = null;
    this.status = `Reading "${file.name}"…`;
    this.progress = { name: file.name, step: 'Reading', fraction: 0 };
    const controller = (this.#controller = new AbortController());
    let result: JobResult;
    try {
      result = await this.#parse(
        { file, name: file.name, options },
        { signal: controller.signal, onprogress: (p) => this.#controller === controller && (this.progress = { name: file.name, ...p }) },
      );
    } catch (e) {
      result = { ok: false, problem: 'failed', message: `"${file.name}" could not be read: ${(e as Error).message}.` };
    } finally {
      if (this.#controller === controller) {
        this.#controller = null;
        this.progress = null;
      }
    }
    if (!result.ok) {
      if (result.problem === 'choose-columns' && 'headers' in result && result.headers?.length) {
        this.choosing = { file, headers: result.headers };
        this.status = `Choose the columns that hold the positions in "${file.name}".`;
      } else if (result.problem === 'cancelled') {
        this.status = `${result.message} Nothing was imported.`;
      } else {
        this.error = `${result.message} Nothing was imported.`;
        this.status = null;
      }
      return null;
    }
    const added: UserLayer[] = [];
    for (const read of result.layers) {
      const layer: UserLayer = {
        id: newId(),
        name: uniqueName(read.name, this.list.map((l) => l.name)),
        color: USER_COLORS.find((c) => !this.list.some((l) => l.color === c)) ?? USER_COLORS[this.list.length % USER_COLORS.length],
        visible: true,
        data: dataOf(read),
        view: 'clusters',
        summary: read.summary,
        // A GeoJSON file is kept as it came; any other format as the GeoJSON it was read into.
        file: 'points' in read ? read.points : result.format === 'geojson' ? file : new Blob([read.json], { type: 'application/geo+json' }),
        added: Date.now(),
      };
      onlayer?.(layer);
      this.list = [...this.list, layer];
      added.push(layer);
    }
    const saved = (await Promise.all(added.map((l) => this.#save(l)))).every(Boolean);
    const features = added.reduce((n, l) => n + l.summary.features, 0);
    this.status =
      `Imported "${file.name}": ${plural(features, 'feature')}` +
      (added.length > 1 ? ` in ${added.length} layers.` : '.') +
      (saved ? '' : ' This browser could not keep it: it will be gone after a reload.');
    return added;
  }

  /** Stops the import under way; it ends as refused, with nothing changed. */
  cancel(): void {
    this.#controller?.abort();
  }

  setVisible(id: string, visible: boolean): void {
    this.list = this.list.map((l) => (l.id === id ? { ...l, visible } : l));
    const layer = this.list.find((l) => l.id === id);
    if (layer) void this.#save(layer);
  }

  /** Draws a dense point layer as clusters, a heatmap or every point; kept for the next visit. */
  setView(id: string, view: PointsView): void {
    this.list = this.list.map((l) => (l.id === id ? { ...l, view } : l));
    const layer = this.list.find((l) => l.id === id);
    if (layer) void this.#save(layer);
  }

  async remove(id: string): Promise<void> {
    const layer = this.list.find((l) => l.id === id);
    if (!layer) return;
    // Gone from this browser's storage first, so a reload straight after cannot bring it back.
    await this.#store.remove(id).catch(() => {});
    this.list = this.list.filter((l) => l.id !== id);
    this.status = `Removed "${layer.name}".`;
  }

  async #save(layer: UserLayer): Promise<boolean> {
    const { id, name, color, visible, file, added, view } = layer;
    return this.#store.put({ id, name, color, visible, file, added, view }).then(
      () => true,
      () => false,
    );
  }

}
