import { describe, expect, it } from 'vitest';
import { keyedStore } from '../../../src/state/keyedStore.ts';

// Its reads and writes are driven in the browser tests (storedState: the user's layers; storyEditor: stories).
describe('keyedStore', () => {
  it('says plainly, on every call, when the browser offers no IndexedDB (and tries again on the next)', async () => {
    const store = keyedStore('a-database', 'records');
    for (const call of [() => store.all(), () => store.get('x'), () => store.put({ id: 'x' }), () => store.remove('x')]) {
      await expect(call()).rejects.toThrow('this browser offers no IndexedDB');
    }
  });
});
