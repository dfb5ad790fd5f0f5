import { describe, expect, it } from 'vitest';
import { SafeLocalStore } from '../../../src/state/safeLocalStore.ts';
import { LABEL_LANGUAGE_KEY, saveLabelLanguage, savedLabelLanguage } from '../../../src/state/labelLanguageSetting.ts';

/** A Storage in memory. */
function memory(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

describe('the saved label language', () => {
  it('is English until one is saved, then the one saved', () => {
    const storage = memory();
    const store = new SafeLocalStore({ report: () => {}, storage: () => storage });
    expect(savedLabelLanguage(store)).toBe('en');
    expect(saveLabelLanguage(store, 'both')).toBe(true);
    expect(savedLabelLanguage(new SafeLocalStore({ report: () => {}, storage: () => storage }))).toBe('both');
  });

  it('falls back to English, and tells the reader once, when what is saved is not a language', () => {
    const storage = memory();
    storage.setItem(LABEL_LANGUAGE_KEY, '"klingon"');
    const told: string[] = [];
    expect(savedLabelLanguage(new SafeLocalStore({ report: (m) => told.push(m), storage: () => storage }))).toBe('en');
    expect(told).toHaveLength(1);
  });
});
