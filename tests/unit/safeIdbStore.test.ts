import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { SafeIdbStore } from '../../src/state/safeIdbStore.ts';
import { problemMessage, problemOf } from '../../src/state/storageProblems.ts';

const validList = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined);

function setup(factory: () => IDBFactory = () => new IDBFactory()) {
  const told: string[] = [];
  const shared = factory();
  const store = new SafeIdbStore({ name: 'test', report: (m) => told.push(m), indexedDB: () => shared, openTimeout: 200 });
  return { store, told, factory: shared };
}

/** Puts a raw value into the test database, as an older version of the app (or a bug) might have. */
async function plant(factory: IDBFactory, key: string, value: unknown) {
  const seed = new SafeIdbStore({ name: 'test', report: () => {}, indexedDB: () => factory });
  expect(await seed.set(key, value)).toBe(true);
}

describe('SafeIdbStore', () => {
  it('stores and reads back a value, telling nothing', async () => {
    const { store, told } = setup();
    expect(await store.set('layers', ['a', 'b'])).toBe(true);
    expect(await store.get('layers', validList, [])).toEqual(['a', 'b']);
    expect(await store.delete('layers')).toBe(true);
    expect(await store.get('layers', validList, ['default'])).toEqual(['default']);
    expect(told).toEqual([]);
  });

  it('starts with the default when a stored value does not validate, keeps it aside and says so once', async () => {
    const { store, told, factory } = setup();
    await plant(factory, 'layers', { broken: true });
    await plant(factory, 'more', 42);
    expect(await store.get('layers', validList, [])).toEqual([]);
    expect(await store.get('more', validList, [])).toEqual([]);
    expect(await store.get('layers.unreadable', (v) => v, null)).toEqual({ broken: true });
    expect(told).toEqual([problemMessage('corrupt', 'layers.unreadable')]);
    expect(await store.set('layers', ['fresh'])).toBe(true);
  });

  it('works with defaults when IndexedDB is missing or refuses to open, telling once', async () => {
    for (const factory of [
      () => undefined as unknown as IDBFactory,
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      () => ({ open: () => { throw new DOMException('denied', 'SecurityError'); } }) as unknown as IDBFactory,
    ]) {
      const told: string[] = [];
      const store = new SafeIdbStore({ name: 'test', report: (m) => told.push(m), indexedDB: factory });
      expect(await store.get('layers', validList, ['default'])).toEqual(['default']);
      expect(await store.set('layers', ['x'])).toBe(false);
      expect(await store.delete('layers')).toBe(false);
      expect(told).toEqual([problemMessage('unavailable')]);
    }
  });

  it('gives up waiting on a database that never opens', async () => {
    const told: string[] = [];
    const never = { open: () => ({}) } as unknown as IDBFactory;
    const store = new SafeIdbStore({ name: 'test', report: (m) => told.push(m), indexedDB: () => never, openTimeout: 50 });
    expect(await store.get('layers', validList, ['default'])).toEqual(['default']);
    expect(told).toEqual([problemMessage('unavailable')]);
  });

  it('reports a full storage once when a write is refused for quota', async () => {
    const told: string[] = [];
    const store = new SafeIdbStore({ name: 'test', report: (m) => told.push(m), indexedDB: () => quotaExceeded() });
    expect(await store.set('layers', ['big'])).toBe(false);
    expect(await store.set('layers', ['bigger'])).toBe(false);
    expect(told).toEqual([problemMessage('full')]);
  });
});

/**
 * A database that opens, then aborts every write with a QuotaExceededError, as a browser does
 * when a write would pass the origin's quota (fake-indexeddb has no quota to reach).
 */
function quotaExceeded(): IDBFactory {
  const transaction = () => {
    const tx = {
      error: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      onabort: null as null | (() => void),
      objectStore: () => ({ put: () => queueMicrotask(() => tx.onabort?.()) }),
    };
    return tx;
  };
  const open = () => {
    const request = { result: { transaction }, onsuccess: null as null | (() => void) };
    queueMicrotask(() => request.onsuccess?.());
    return request;
  };
  return { open } as unknown as IDBFactory;
}

describe('problemOf', () => {
  it('reads a quota error as "full" and anything else as "unavailable"', () => {
    expect(problemOf(new DOMException('x', 'QuotaExceededError'))).toBe('full');
    expect(problemOf({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('full');
    expect(problemOf(new DOMException('x', 'SecurityError'))).toBe('unavailable');
    expect(problemOf(null)).toBe('unavailable');
  });
});
