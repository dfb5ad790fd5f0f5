import { safeMode } from './safeMode';
import { problemOf, reportOnce, type StorageProblem, type Validate } from './storageProblems';

export interface SafeStoreOptions {
  /** Tells the user about a problem, in plain words; each kind is told once. */
  report: (message: string) => void;
  /**
   * The storage to use. A function, because merely reading `localStorage` throws where it is
   * disabled. By default localStorage, or in safe mode (`?safe`) a storage of this page only.
   */
  storage?: () => Storage;
}

/** Every key the app keeps in localStorage starts so (see "Clear saved data" in safe mode). */
export const APP_KEY_PREFIX = 'briefing-map:';

/** How many unreadable values of one key are kept: the first ones, and the latest in the last place. */
export const UNREADABLE_KEPT = 5;

/**
 * Where the `n`th unreadable value of `key` is moved to (from 1), so that nothing is lost:
 * `deck.unreadable`, then `deck.unreadable.2` and so on.
 */
export const unreadableKey = (key: string, n = 1) => (n === 1 ? `${key}.unreadable` : `${key}.unreadable.${n}`);

/**
 * localStorage that survives being disabled, full or holding something unreadable. Reads fall
 * back to a default; an unreadable value is moved aside (see unreadableKey) and the user told
 * once; a write that does not fit is reported once and the app carries on with what it shows.
 *
 * @example
 * const store = new SafeLocalStore({ report: (m) => app.report(m) });
 * const deck = store.read('briefing.deck', validateDeck, defaultDeck);
 * store.write('briefing.deck', deck);
 */
export class SafeLocalStore {
  readonly #tell: (problem: StorageProblem, kept?: string) => void;
  readonly #storage: () => Storage;
  #unavailable = false;
  /** Keys whose unreadable value could not be moved aside: never written over. */
  readonly #guarded = new Set<string>();

  constructor(options: SafeStoreOptions) {
    this.#tell = reportOnce(options.report);
    const pageOnly = safeMode() ? memoryStorage() : undefined;
    this.#storage = options.storage ?? (pageOnly ? () => pageOnly : () => globalThis.localStorage);
  }

  /** The storage, or undefined (told once) where the browser refuses it. */
  #open(): Storage | undefined {
    if (this.#unavailable) return undefined;
    try {
      const storage = this.#storage();
      if (!storage) throw new Error('no localStorage');
      return storage;
    } catch {
      this.#unavailable = true;
      this.#tell('unavailable');
      return undefined;
    }
  }

  /** The value saved under `key` if it is readable and valid, else `fallback`. */
  read<T>(key: string, validate: Validate<T>, fallback: T): T {
    const storage = this.#open();
    if (!storage) return fallback;
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch (e) {
      this.#tell(problemOf(e));
      return fallback;
    }
    if (raw === null) return fallback;
    let value: T | undefined;
    try {
      value = validate(JSON.parse(raw));
    } catch {
      value = undefined;
    }
    if (value !== undefined) return value;
    // Unreadable: keep a copy where the user (or support) can find it, then start afresh. The
    // first free place takes it; when all are taken, the latest replaces the one before it in the
    // last place, so the earliest copies (nearest to what went wrong first) are never written over.
    try {
      let n = 1;
      while (n < UNREADABLE_KEPT && storage.getItem(unreadableKey(key, n)) !== null) n++;
      storage.setItem(unreadableKey(key, n), raw);
      storage.removeItem(key);
      this.#tell('corrupt', unreadableKey(key, n));
    } catch {
      this.#guarded.add(key);
      this.#tell('corrupt');
    }
    return fallback;
  }

  /** Saves `value` under `key`; false (and the user told once) when it could not be saved. */
  write(key: string, value: unknown): boolean {
    if (this.#guarded.has(key)) {
      // Moving the unreadable value aside failed (nearly always for want of space).
      this.#tell('full');
      return false;
    }
    const storage = this.#open();
    if (!storage) return false;
    const text = JSON.stringify(value);
    try {
      storage.setItem(key, text);
      return true;
    } catch (e) {
      this.#tell(problemOf(e));
      return false;
    }
  }

  remove(key: string): void {
    try {
      this.#open()?.removeItem(key);
    } catch (e) {
      this.#tell(problemOf(e));
    }
  }
}

/** A Storage that keeps its values in this page only (safe mode: nothing stored is read or written over). */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}
