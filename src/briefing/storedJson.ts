/**
 * Reading and writing one JSON value in localStorage without ever throwing: storage may be
 * disabled, full, or hold something corrupt. A value that cannot be read is kept aside under
 * `<key>:unreadable` (so nothing is lost) and reported once through the returned notice.
 */
export interface StoredRead<T> {
  value: T | null;
  /** Plain words for the user when something stored could not be used. */
  notice?: string;
}

export function readStored<T>(key: string, parse: (json: unknown) => T, what: string): StoredRead<T> {
  let text: string | null;
  try {
    text = localStorage.getItem(key);
  } catch {
    return { value: null, notice: `This browser does not allow saved data, so ${what} will not be kept after a reload.` };
  }
  if (text === null) return { value: null };
  try {
    return { value: parse(JSON.parse(text)) };
  } catch (e) {
    try {
      localStorage.setItem(`${key}:unreadable`, text);
    } catch {
      /* nothing more we can keep */
    }
    return { value: null, notice: `The saved ${what} could not be used (${(e as Error).message}); the default is shown.` };
  }
}

/** Saves a value; returns a message for the user when it could not be saved. */
export function writeStored(key: string, value: unknown, what: string): string | undefined {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return undefined;
  } catch {
    return `The ${what} could not be saved in this browser (storage is full or disabled); export it to keep it.`;
  }
}

export function removeStored(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* storage disabled: nothing stored either */
  }
}
