import { LAYER_DATABASE } from '../state/layerDatabase';
import { keyedStore } from '../state/keyedStore';
import { POINTS_VIEWS, type PointsView } from './pointTiles';

/** A user's imported layer as it is kept between visits: the file itself, not its parse. */
export interface StoredLayer {
  id: string;
  /** The file's name, shown as the layer's title. */
  name: string;
  color: string;
  visible: boolean;
  file: Blob;
  /** When it was imported (ms since 1970); layers list in that order. */
  added: number;
  /** How a dense point layer was last drawn (absent: clusters). */
  view?: PointsView;
}

/**
 * The ids the app gives user layers (`user-` and two base-36 parts). A user layer's id is its
 * MapLibre source id; no id of the app's own sources and layers (`countries`, `story`, …) matches.
 */
export const USER_LAYER_ID = /^user-[0-9a-z]{1,16}-[0-9a-z]{0,16}$/;
/** The longest name a kept layer may carry (a file name and a " (2)"). */
export const MAX_LAYER_NAME = 300;
const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * A record read back from storage, checked field by field before anything uses it: storage can
 * hold anything (an older build, a damaged disk, another page of the origin). Returns the record,
 * or what is wrong with it.
 *
 * @example
 * checkStoredLayer({ id: 'countries', … }) // 'its id "countries" is not one the app makes'
 */
export function checkStoredLayer(record: unknown): StoredLayer | string {
  if (typeof record !== 'object' || record === null) return 'it is not a record';
  const r = record as Record<string, unknown>;
  if (typeof r.id !== 'string' || !USER_LAYER_ID.test(r.id)) return `its id ${JSON.stringify(String(r.id).slice(0, 40))} is not one the app makes`;
  if (typeof r.name !== 'string' || r.name.length === 0 || r.name.length > MAX_LAYER_NAME) return 'its name is not a short text';
  if (typeof r.color !== 'string' || !HEX_COLOUR.test(r.color)) return 'its colour is not a colour';
  if (typeof r.visible !== 'boolean') return 'its visibility is not true or false';
  if (!(r.file instanceof Blob)) return 'its file is missing';
  if (typeof r.added !== 'number' || !Number.isFinite(r.added)) return 'its date is not a date';
  // A view this build does not know (an older or newer one wrote it) is no reason to drop the layer.
  const view = POINTS_VIEWS.find((v) => v === r.view);
  return { id: r.id, name: r.name, color: r.color, visible: r.visible, file: r.file, added: r.added, ...(view ? { view } : {}) };
}

/** Where imported layers are kept. */
export interface LayerStore {
  /** Every record kept, unchecked (see checkStoredLayer). */
  all(): Promise<unknown[]>;
  put(layer: StoredLayer): Promise<void>;
  /** Removes a record by its key (for a damaged record, whatever key it has). */
  remove(id: IDBValidKey): Promise<void>;
}

/**
 * The user's layers in this browser's IndexedDB (database `name`, store "user-layers"), so they
 * survive a reload until the user removes them. Every call fails (rejects) where the browser
 * offers no IndexedDB or refuses it (some private modes).
 */
export function indexedDbStore(name = LAYER_DATABASE): LayerStore {
  const { all, put, remove } = keyedStore(name, 'user-layers');
  return { all, put, remove };
}

/** A store that keeps layers in memory only (tests, and browsers without IndexedDB). */
export function memoryStore(): LayerStore {
  const layers = new Map<IDBValidKey, StoredLayer>();
  return {
    all: async () => [...layers.values()],
    put: async (layer) => void layers.set(layer.id, layer),
    remove: async (id) => void layers.delete(id),
  };
}
