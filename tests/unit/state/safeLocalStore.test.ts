import { describe, expect, it } from 'vitest';
import { SafeLocalStore, unreadableKey } from '../../../src/state/safeLocalStore.ts';
import { problemMessage } from '../../../src/state/storageProblems.ts';

/** An in-memory Storage holding at most `quota` characters, as a browser's localStorage does. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  constructor(readonly quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  key = (i: number) => [...this.items.keys()][i] ?? null;
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  };
  removeItem = (key: string) => void this.items.delete(key);
  clear = () => this.items.clear();
}

interface Deck {
  slides: string[];
}
const validDeck = (v: unknown): Deck | undefined =>
  typeof v === 'object' && v !== null && Array.isArray((v as Deck).slides) && (v as Deck).slides.every((s) => typeof s === 'string') ? (v as Deck) : undefined;
const DEFAULT: Deck = { slides: ['default'] };

function setup(storage: Storage | (() => Storage) = new MemoryStorage()) {
  const told: string[] = [];
  const store = new SafeLocalStore({ report: (m) => told.push(m), storage: typeof storage === 'function' ? storage : () => storage });
  return { store, told };
}

describe('SafeLocalStore', () => {
  it('writes and reads back a valid value, telling nothing', () => {
    const { store, told } = setup();
    expect(store.write('deck', { slides: ['a', 'b'] })).toBe(true);
    expect(store.read('deck', validDeck, DEFAULT)).toEqual({ slides: ['a', 'b'] });
    expect(told).toEqual([]);
  });

  it('gives the default for a key never written, telling nothing', () => {
    const { store, told } = setup();
    expect(store.read('deck', validDeck, DEFAULT)).toBe(DEFAULT);
    expect(told).toEqual([]);
  });

  it('starts with the default when the value is not JSON, keeps the unreadable copy and says so once', () => {
    const storage = new MemoryStorage();
    storage.setItem('deck', '{"slides": ["a", ');
    storage.setItem('other', 'not json either');
    const { store, told } = setup(storage);
    expect(store.read('deck', validDeck, DEFAULT)).toBe(DEFAULT);
    expect(store.read('other', validDeck, DEFAULT)).toBe(DEFAULT);
    expect(storage.getItem(unreadableKey('deck'))).toBe('{"slides": ["a", ');
    expect(storage.getItem('deck')).toBeNull();
    expect(told).toEqual([problemMessage('corrupt', 'deck.unreadable')]);
    // A fresh start can now be saved.
    expect(store.write('deck', { slides: ['new'] })).toBe(true);
    expect(storage.getItem(unreadableKey('deck'))).toBe('{"slides": ["a", ');
  });

  it('treats JSON that fails validation as unreadable', () => {
    const storage = new MemoryStorage();
    storage.setItem('deck', '{"slides": 42}');
    const { store, told } = setup(storage);
    expect(store.read('deck', validDeck, DEFAULT)).toBe(DEFAULT);
    expect(storage.getItem('deck.unreadable')).toBe('{"slides": 42}');
    expect(told).toHaveLength(1);
  });

  it('treats a validator that throws like one that refuses', () => {
    const storage = new MemoryStorage();
    storage.setItem('deck', '{}');
    const { store } = setup(storage);
    expect(store.read('deck', () => { throw new TypeError('boom'); }, DEFAULT)).toBe(DEFAULT);
  });

  it('never writes over an unreadable value it could not move aside', () => {
    const storage = new MemoryStorage(40);
    storage.setItem('deck', '{"slides": ["a very long bro');
    const { store, told } = setup(storage);
    expect(store.read('deck', validDeck, DEFAULT)).toBe(DEFAULT);
    expect(store.write('deck', { slides: [] })).toBe(false);
    expect(storage.getItem('deck')).toBe('{"slides": ["a very long bro');
    expect(told).toEqual([problemMessage('corrupt'), problemMessage('full')]);
  });

  it('reports a full storage once and keeps going', () => {
    const { store, told } = setup(new MemoryStorage(30));
    expect(store.write('deck', { slides: ['x'.repeat(100)] })).toBe(false);
    expect(store.write('deck', { slides: ['y'.repeat(100)] })).toBe(false);
    expect(store.write('small', 1)).toBe(true);
    expect(told).toEqual([problemMessage('full')]);
  });

  it('works with defaults when storage is disabled (reading localStorage throws), telling once', () => {
    const { store, told } = setup(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(store.read('deck', validDeck, DEFAULT)).toBe(DEFAULT);
    expect(store.write('deck', { slides: [] })).toBe(false);
    expect(() => store.remove('deck')).not.toThrow();
    expect(told).toEqual([problemMessage('unavailable')]);
  });

  it('works with defaults when every call to the storage throws', () => {
    const broken = new MemoryStorage();
    broken.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    broken.setItem = broken.getItem;
    const { store, told } = setup(broken);
    expect(store.read('deck', validDeck, DEFAULT)).toBe(DEFAULT);
    expect(store.write('deck', DEFAULT)).toBe(false);
    expect(told).toEqual([problemMessage('unavailable')]);
  });
});
