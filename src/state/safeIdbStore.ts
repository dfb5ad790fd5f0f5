import { problemOf, reportOnce, type StorageProblem, type Validate } from './storageProblems';

export interface SafeIdbOptions {
  /** The database's name (one object store, "values", keyed by string). */
  name: string;
  /** Tells the user about a problem, in plain words; each kind is told once. */
  report: (message: string) => void;
  /** The IndexedDB factory to use (default: the browser's; absent or throwing where disabled). */
  indexedDB?: () => IDBFactory;
  /** How long to wait for the database to open before treating it as unavailable (ms). */
  openTimeout?: number;
}

const STORE = 'values';

/** A request's result as a promise. */
const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** A transaction's end as a promise (a quota error shows up as an abort). */
const finished = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
  });

/**
 * IndexedDB as a key-value store that survives being disabled, blocked, full or holding values
 * that no longer validate. Reads fall back to a default; an invalid value is kept aside under
 * `key + ".unreadable"` and the user told once; a write that does not fit is reported once.
 * Nothing here throws: every method resolves.
 *
 * @example
 * const files = new SafeIdbStore({ name: 'briefing-imports', report: (m) => (app.error = m) });
 * const imported = await files.get('layers', validateImports, []);
 */
export class SafeIdbStore {
  readonly #options: SafeIdbOptions;
  readonly #tell: (problem: StorageProblem, kept?: string) => void;
  #db: Promise<IDBDatabase | undefined> | undefined;
  /** Keys whose invalid value could not be moved aside: never written over. */
  readonly #guarded = new Set<string>();

  constructor(options: SafeIdbOptions) {
    this.#options = options;
    this.#tell = reportOnce(options.report);
  }

  #open(): Promise<IDBDatabase | undefined> {
    this.#db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const factory = (this.#options.indexedDB ?? (() => globalThis.indexedDB))();
      if (!factory) throw new Error('no IndexedDB');
      const request = factory.open(this.#options.name, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
      };
      const timer = setTimeout(() => reject(new DOMException('timed out opening the database', 'TimeoutError')), this.#options.openTimeout ?? 5000);
      request.onsuccess = () => {
        clearTimeout(timer);
        resolve(request.result);
      };
      request.onerror = () => {
        clearTimeout(timer);
        reject(request.error);
      };
      // Another tab holds an older version open: treat as unavailable rather than wait forever.
      request.onblocked = () => {
        clearTimeout(timer);
        reject(new DOMException('blocked by another tab', 'InvalidStateError'));
      };
    }).catch(() => {
      this.#tell('unavailable');
      return undefined;
    });
    return this.#db;
  }

  /** The value stored under `key` if it is there and valid, else `fallback`. */
  async get<T>(key: string, validate: Validate<T>, fallback: T): Promise<T> {
    const db = await this.#open();
    if (!db) return fallback;
    let raw: unknown;
    try {
      raw = await done(db.transaction(STORE, 'readonly').objectStore(STORE).get(key));
    } catch (e) {
      this.#tell(problemOf(e));
      return fallback;
    }
    if (raw === undefined) return fallback;
    let value: T | undefined;
    try {
      value = validate(raw);
    } catch {
      value = undefined;
    }
    if (value !== undefined) return value;
    const kept = `${key}.unreadable`;
    try {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(raw, kept);
      tx.objectStore(STORE).delete(key);
      await finished(tx);
      this.#tell('corrupt', kept);
    } catch {
      // Could not move it aside: it stays where it is, and nothing is written over it.
      this.#guarded.add(key);
      this.#tell('corrupt');
    }
    return fallback;
  }

  /** Stores `value` under `key`; false (and the user told once) when it could not be stored. */
  async set(key: string, value: unknown): Promise<boolean> {
    if (this.#guarded.has(key)) {
      this.#tell('full');
      return false;
    }
    const db = await this.#open();
    if (!db) return false;
    try {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(value, key);
      await finished(tx);
      return true;
    } catch (e) {
      this.#tell(problemOf(e));
      return false;
    }
  }

  async delete(key: string): Promise<boolean> {
    const db = await this.#open();
    if (!db) return false;
    try {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(key);
      await finished(tx);
      return true;
    } catch (e) {
      this.#tell(problemOf(e));
      return false;
    }
  }
}
