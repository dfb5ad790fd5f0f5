import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, removeStored, writeStored } from '../../src/briefing/storedJson.ts';

/** A localStorage stand-in; `full` makes every write fail as a full store does. */
function fakeStorage(initial: Record<string, string> = {}, full = false) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
}
const asNumber = (json: unknown) => {
  if (typeof json !== 'number') throw new Error('not a number');
  return json;
};

afterEach(() => vi.unstubAllGlobals());

describe('stored JSON', () => {
  it('reads nothing, quietly, when nothing is stored', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    expect(readStored('k', asNumber, 'thing')).toEqual({ value: null });
  });

  it('reads back what it wrote', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    expect(writeStored('k', 42, 'thing')).toBeUndefined();
    expect(readStored('k', asNumber, 'thing').value).toBe(42);
  });

  it('keeps a corrupt value aside and says so', () => {
    const storage = fakeStorage({ k: '{not json' });
    vi.stubGlobal('localStorage', storage);
    const read = readStored('k', asNumber, 'thing');
    expect(read.value).toBeNull();
    expect(read.notice).toMatch(/saved thing could not be used/);
    expect(storage.data.get('k:unreadable')).toBe('{not json');
  });

  it('treats a value that fails its check like a corrupt one', () => {
    vi.stubGlobal('localStorage', fakeStorage({ k: '"text"' }));
    expect(readStored('k', asNumber, 'thing').notice).toMatch(/not a number/);
  });

  it('says when storage is full instead of throwing', () => {
    vi.stubGlobal('localStorage', fakeStorage({}, true));
    expect(writeStored('k', 1, 'deck')).toMatch(/could not be saved.*export it/);
  });

  it('says when storage is disabled instead of throwing', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(readStored('k', asNumber, 'deck').notice).toMatch(/does not allow saved data/);
    expect(() => removeStored('k')).not.toThrow();
  });
});
