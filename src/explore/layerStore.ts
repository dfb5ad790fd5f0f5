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
}

/** Where imported layers are kept. */
export interface LayerStore {
  all(): Promise<StoredLayer[]>;
  put(layer: StoredLayer): Promise<void>;
  remove(id: string): Promise<void>;
}

const STORE = 'user-layers';

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('the browser storage refused the request'));
  });

/**
 * The user's layers in this browser's IndexedDB (database `name`, store "user-layers"), so they
 * survive a reload until the user removes them. Every call fails (rejects) where the browser
 * offers no IndexedDB or refuses it (some private modes).
 */
export function indexedDbStore(name = 'indo-pacific-briefing-map'): LayerStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') return reject(new Error('this browser offers no IndexedDB'));
      const r = indexedDB.open(name, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'id' });
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('the browser storage could not be opened'));
      r.onblocked = () => reject(new Error('the browser storage is busy in another tab'));
    }).catch((e: Error) => {
      db = undefined;
      throw e;
    }));
  const store = async (mode: IDBTransactionMode) => (await open()).transaction(STORE, mode).objectStore(STORE);
  return {
    all: async () => ((await request((await store('readonly')).getAll())) as StoredLayer[]).sort((a, b) => a.added - b.added),
    put: async (layer) => void (await request((await store('readwrite')).put(layer))),
    remove: async (id) => void (await request((await store('readwrite')).delete(id))),
  };
}

/** A store that keeps layers in memory only (tests, and browsers without IndexedDB). */
export function memoryStore(): LayerStore {
  const layers = new Map<string, StoredLayer>();
  return {
    all: async () => [...layers.values()].sort((a, b) => a.added - b.added),
    put: async (layer) => void layers.set(layer.id, layer),
    remove: async (id) => void layers.delete(id),
  };
}
