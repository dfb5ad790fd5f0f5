import type { FeatureCollection } from 'geojson';
import type { ImportResult, ImportSummary } from './importGeojson';
import { checkStoredLayer, indexedDbStore, memoryStore, type LayerStore, type StoredLayer } from './layerStore';
import { safeMode } from '../state/safeMode';
import { parseOffThread } from './parseOffThread';

/** A layer the user brought: their file, parsed and checked, drawn over the story. */
export interface UserLayer {
  id: string;
  /** The file's name (made unique with " (2)" and so on). */
  name: string;
  color: string;
  visible: boolean;
  data: FeatureCollection;
  summary: ImportSummary;
  /** The file as imported, which is what is stored. */
  file: Blob;
  added: number;
}

/** Colours no story layer uses, for the user's layers in turn. */
export const USER_COLORS = ['#0b7285', '#c2255c', '#5f3dc4', '#e67700', '#2b8a3e', '#495057'];

export type Parse = (file: Blob, name: string) => Promise<ImportResult>;

const newId = () => `user-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
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
      const result = await this.#parse(s.file, s.name).catch((e: Error) => ({ ok: false as const, message: e.message }));
      if (!result.ok) {
        this.fromStorage = true;
        this.error = `Your saved layer "${s.name}" could not be restored and was removed: ${result.message}`;
        await this.#store.remove(s.id).catch(() => {});
        continue;
      }
      const layer: UserLayer = { ...s, data: result.data, summary: result.summary };
      this.list = [...this.list, layer];
      onlayer?.(layer);
    }
  }

  /**
   * Imports a GeoJSON file as a new visible layer and keeps it. Returns the layer, or null when
   * the file is refused (then `error` says why and nothing else changes).
   */
  async importFile(file: File): Promise<UserLayer | null> {
    this.error = null;
    this.fromStorage = false;
    this.status = `Reading "${file.name}"…`;
    let result: ImportResult;
    try {
      result = await this.#parse(file, file.name);
    } catch (e) {
      result = { ok: false, problem: 'unreadable', message: `"${file.name}" could not be read: ${(e as Error).message}.` };
    }
    if (!result.ok) {
      this.error = `${result.message} Nothing was imported.`;
      this.status = null;
      return null;
    }
    const layer: UserLayer = {
      id: newId(),
      name: this.#uniqueName(file.name),
      color: USER_COLORS.find((c) => !this.list.some((l) => l.color === c)) ?? USER_COLORS[this.list.length % USER_COLORS.length],
      visible: true,
      data: result.data,
      summary: result.summary,
      file,
      added: Date.now(),
    };
    this.list = [...this.list, layer];
    const saved = await this.#save(layer);
    this.status =
      `Imported "${layer.name}": ${plural(result.summary.features, 'feature')}.` +
      (saved ? '' : ' This browser could not keep it: it will be gone after a reload.');
    return layer;
  }

  setVisible(id: string, visible: boolean): void {
    this.list = this.list.map((l) => (l.id === id ? { ...l, visible } : l));
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
    const { id, name, color, visible, file, added } = layer;
    return this.#store.put({ id, name, color, visible, file, added }).then(
      () => true,
      () => false,
    );
  }

  #uniqueName(name: string): string {
    const taken = new Set(this.list.map((l) => l.name));
    if (!taken.has(name)) return name;
    let n = 2;
    while (taken.has(`${name} (${n})`)) n++;
    return `${name} (${n})`;
  }
}
