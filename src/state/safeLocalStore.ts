import { problemOf, reportOnce, type StorageProblem, type Validate } from './storageProblems';

export interface SafeStoreOptions {
  /** Tells the user about a problem, in plain words; each kind is told once. */
  report: (message: string) => void;
  /** The storage to use. A function, because merely reading `localStorage` throws where it is disabled. */
  storage?: () => Storage;
}

/** Where an unreadable value is moved to, so that nothing is lost. */
export const unreadableKey = (key: string) => `${key}.unreadable`;

/**
 * localStorage that survives being disabled, full or holding something unreadable. Reads fall
 * back to a default; an unreadable value is moved aside (never overwritten) and the user told
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
    this.#storage = options.storage ?? (() => globalThis.localStorage);
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
    // Unreadable: keep a copy where the user (or support) can find it, then start afresh.
    try {
      storage.setItem(unreadableKey(key), raw);
      storage.removeItem(key);
      this.#tell('corrupt', unreadableKey(key));
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
