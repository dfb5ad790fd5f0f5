/**
 * One IndexedDB object store of records keyed by their `id`, in a database of its own (version 1),
 * opened with the first call and opened again after a failure. Reads resolve with what is stored,
 * unchecked; a write resolves once it is on disk (its transaction has completed). Every call
 * rejects, in plain words, where the browser offers no IndexedDB or refuses it (some private modes).
 */
export interface KeyedStore {
  all(): Promise<unknown[]>;
  get(id: IDBValidKey): Promise<unknown>;
  put(record: { id: IDBValidKey }): Promise<void>;
  remove(id: IDBValidKey): Promise<void>;
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('the browser storage refused the request'));
  });

/** The store `store` of database `database` (see KeyedStore). */
export function keyedStore(database: string, store: string): KeyedStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') return reject(new Error('this browser offers no IndexedDB'));
      const r = indexedDB.open(database, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(store, { keyPath: 'id' });
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('the browser storage could not be opened'));
      r.onblocked = () => reject(new Error('the browser storage is busy in another tab'));
    }).catch((e: Error) => {
      db = undefined;
      throw e;
    }));
  const read = async () => (await open()).transaction(store, 'readonly').objectStore(store);
  const write = async (change: (s: IDBObjectStore) => void) => {
    const transaction = (await open()).transaction(store, 'readwrite');
    change(transaction.objectStore(store));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('the browser storage refused the change'));
    });
  };
  return {
    all: async () => (await request((await read()).getAll())) as unknown[],
    get: async (id) => (await request((await read()).get(id))) as unknown,
    put: (record) => write((s) => s.put(record)),
    remove: (id) => write((s) => s.delete(id)),
  };
}
