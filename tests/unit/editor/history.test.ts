import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, edit, redo, redoLabel, restoreHistory, startHistory, undo, undoLabel, type History } from '../../../src/editor/history.ts';

interface Doc {
  title: string;
}
const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && typeof (v as Doc).title === 'string';
const doc = (title: string): Doc => ({ title });

/** Edits at one-minute steps, so none coalesce unless a test says so. */
function edits(titles: string[], from = startHistory(doc('A'))): History<Doc> {
  return titles.reduce((h, t, i) => edit(h, doc(t), `Rename to ${t}`, { now: 60_000 * (i + 1) }), from);
}

describe('history: undo and redo', () => {
  it('undoes and redoes each edit in order, with its label', () => {
    const h = edits(['B', 'C']);
    expect(h.present).toEqual(doc('C'));
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    expect(undoLabel(h)).toBe('Rename to C');
    const back = undo(h);
    expect(back.present).toEqual(doc('B'));
    expect(redoLabel(back)).toBe('Rename to C');
    expect(undoLabel(back)).toBe('Rename to B');
    const start = undo(back);
    expect(start.present).toEqual(doc('A'));
    expect(canUndo(start)).toBe(false);
    expect(undo(start)).toBe(start);
    expect(redo(redo(start)).present).toEqual(doc('C'));
    expect(redo(h)).toBe(h);
  });

  it('never changes the history it is given', () => {
    const h = edits(['B']);
    const copy = structuredClone(h);
    edit(h, doc('X'), 'x');
    undo(h);
    redo(undo(h));
    expect(h).toEqual(copy);
  });

  it('forgets what was undone once a new edit is made', () => {
    const h = edit(undo(edits(['B', 'C'])), doc('D'), 'Rename to D', { now: 1e6 });
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toEqual(doc('B'));
  });

  it('makes no step for an edit that changes nothing', () => {
    const h = edits(['B']);
    expect(edit(h, h.present, 'same')).toBe(h);
    expect(edit(h, doc('B'), 'same again')).toBe(h);
  });

  it('is plain data: it survives JSON and comes back the same', () => {
    const h = undo(edits(['B', 'C', 'D']));
    expect(restoreHistory(JSON.parse(JSON.stringify(h)), isDoc)).toEqual(h);
  });
});

describe('history: coalescing', () => {
  it('merges consecutive edits with one key within the window into one step', () => {
    let h = startHistory(doc(''));
    for (const [i, t] of ['D', 'Da', 'Dar', 'Darw'].entries()) h = edit(h, doc(t), 'Type the title', { coalesceKey: 'title', now: 1000 + i * 300 });
    expect(h.past).toHaveLength(1);
    expect(h.present).toEqual(doc('Darw'));
    expect(undo(h).present).toEqual(doc(''));
  });

  it('starts a new step after a pause, another key, no key, or an undo', () => {
    const typed = edit(startHistory(doc('')), doc('D'), 'Type', { coalesceKey: 'title', now: 0 });
    expect(edit(typed, doc('Da'), 'Type', { coalesceKey: 'title', now: 5000 }).past).toHaveLength(2);
    expect(edit(typed, doc('Da'), 'Type', { coalesceKey: 'notes', now: 100 }).past).toHaveLength(2);
    expect(edit(typed, doc('Da'), 'Type', { now: 100 }).past).toHaveLength(2);
    const redone = redo(undo(typed));
    expect(edit(redone, doc('Da'), 'Type', { coalesceKey: 'title', now: 100 }).past).toHaveLength(2);
  });
});

describe('history: limits', () => {
  it('keeps at most maxSteps steps, dropping the oldest', () => {
    const titles = Array.from({ length: 120 }, (_, i) => `T${i}`);
    const h = edits(titles);
    expect(h.past).toHaveLength(100);
    let back = h;
    while (canUndo(back)) back = undo(back);
    expect(back.present).toEqual(doc('T19'));
  });

  it('keeps the states within a size budget (JSON length), dropping the oldest', () => {
    const limits = { maxSteps: 100, maxSize: 100 };
    let h = startHistory(doc('x'.repeat(20)));
    for (let i = 0; i < 10; i++) h = edit(h, doc(`${i}`.repeat(20)), `edit ${i}`, { now: i * 60_000, limits });
    // Each state is 32 characters of JSON: the present and two steps back fit in 100.
    expect(h.past.map((e) => e.label)).toEqual(['edit 8', 'edit 9']);
    expect(JSON.stringify(h.present).length + h.past.reduce((s, e) => s + e.size, 0)).toBeLessThanOrEqual(100);
  });
});

describe('restoreHistory', () => {
  it('gives null, never a throw, for a bad stored record', () => {
    const good = JSON.parse(JSON.stringify(edits(['B'])));
    const bad: unknown[] = [
      null,
      'history',
      [],
      {},
      { ...good, present: { title: 3 } },
      { ...good, past: 'no' },
      { ...good, future: undefined },
      { ...good, past: [{ ...good.past[0], label: undefined }] },
      { ...good, past: [{ ...good.past[0], value: null }] },
      { ...good, past: [{ ...good.past[0], at: 'yesterday' }] },
      { ...good, past: [{ ...good.past[0], size: -1 }] },
      { ...good, past: [{ ...good.past[0], key: 7 }] },
    ];
    for (const record of bad) expect(restoreHistory(record, isDoc), JSON.stringify(record)).toBeNull();
    const throwing = (v: unknown): v is Doc => {
      throw new Error(`cannot check ${String(v)}`);
    };
    expect(restoreHistory(good, throwing)).toBeNull();
  });

  it('recounts sizes and applies the limits to what it reads', () => {
    const stored = JSON.parse(JSON.stringify(edits(['B', 'C', 'D'])));
    stored.past[0].size = 0;
    const h = restoreHistory(stored, isDoc, { maxSteps: 2, maxSize: 1e6 })!;
    expect(h.past.map((e) => e.label)).toEqual(['Rename to C', 'Rename to D']);
    expect(h.past.every((e) => e.size === JSON.stringify(e.value).length)).toBe(true);
  });
});
