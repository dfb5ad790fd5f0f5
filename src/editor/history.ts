/**
 * Undo and redo as plain data: what the editor keeps in memory and in storage (so undo works
 * across a reload). Every function returns a new history and never changes the one it is given.
 */

/** One step away from the present: the state on the other side of an edit, and the edit's name. */
export interface Entry<T> {
  value: T;
  /** The edit as a person names it: "Link “Darwin”". */
  label: string;
  /** When the edit was made (ms since 1970): consecutive edits with one coalesceKey merge within a window. */
  at: number;
  /** Edits with the same key in a row (typing in one field) may become one step. */
  key?: string;
  /** `value`'s size as the budget counts it (JSON text length). */
  size: number;
}

export interface History<T> {
  /** Oldest first: undo takes the last. */
  past: Entry<T>[];
  present: T;
  /** Next first: redo takes the first. */
  future: Entry<T>[];
}

export interface HistoryLimits {
  /** The most undo steps kept (the oldest go first). */
  maxSteps: number;
  /** The most characters of JSON all kept states may take, the present included (the oldest go first). */
  maxSize: number;
}

export const DEFAULT_LIMITS: HistoryLimits = { maxSteps: 100, maxSize: 50_000_000 };

/** How long after an edit another with the same coalesceKey still joins it (ms). */
export const COALESCE_MS = 1000;

export interface EditOptions {
  /** Consecutive edits with this key within `windowMs` of each other become one undo step. */
  coalesceKey?: string;
  /** The edit's time (ms since 1970); Date.now() when not given. */
  now?: number;
  windowMs?: number;
  limits?: HistoryLimits;
}

const sizeOf = (value: unknown): number => JSON.stringify(value)?.length ?? 0;

/** A history with nothing to undo or redo. */
export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** Drops the oldest past steps, then the farthest future ones, until the history is within `limits`. */
function capped<T>(h: History<T>, limits: HistoryLimits, presentSize = sizeOf(h.present)): History<T> {
  let past = h.past;
  let future = h.future;
  if (past.length > limits.maxSteps) past = past.slice(past.length - limits.maxSteps);
  if (future.length > limits.maxSteps) future = future.slice(0, limits.maxSteps);
  let total = presentSize + [...past, ...future].reduce((sum, e) => sum + e.size, 0);
  let drop = 0;
  while (total > limits.maxSize && drop < past.length) total -= past[drop++].size;
  if (drop) past = past.slice(drop);
  let keep = future.length;
  while (total > limits.maxSize && keep > 0) total -= future[--keep].size;
  if (keep < future.length) future = future.slice(0, keep);
  return past === h.past && future === h.future ? h : { ...h, past, future };
}

/**
 * The history after an edit that made `next` the present; redo is no longer possible. An edit
 * with the same `coalesceKey` as the last one, within `windowMs` of it and with nothing undone in
 * between, joins that step instead of making a new one (a word typed is one step, not five).
 * An edit to an identical state (by JSON) changes nothing.
 *
 * @example
 * const h = edit(startHistory(pkg), linked, 'Link “Darwin”');
 * undo(h).present === pkg // true
 */
export function edit<T>(h: History<T>, next: T, label: string, options: EditOptions = {}): History<T> {
  const { coalesceKey, now = Date.now(), windowMs = COALESCE_MS, limits = DEFAULT_LIMITS } = options;
  const last = h.past.at(-1);
  if (
    coalesceKey !== undefined &&
    last?.key === coalesceKey &&
    h.future.length === 0 &&
    now >= last.at &&
    now - last.at <= windowMs
  ) {
    return capped({ past: [...h.past.slice(0, -1), { ...last, label, at: now }], present: next, future: [] }, limits);
  }
  if (next === h.present) return h;
  const before = JSON.stringify(h.present) ?? '';
  const after = JSON.stringify(next) ?? '';
  if (before === after) return h;
  const entry: Entry<T> = { value: h.present, label, at: now, size: before.length, ...(coalesceKey === undefined ? {} : { key: coalesceKey }) };
  return capped({ past: [...h.past, entry], present: next, future: [] }, limits, after.length);
}

export const canUndo = <T>(h: History<T>): boolean => h.past.length > 0;
export const canRedo = <T>(h: History<T>): boolean => h.future.length > 0;

/** What undo would take back ("Undo Link “Darwin”"), or undefined. */
export const undoLabel = <T>(h: History<T>): string | undefined => h.past.at(-1)?.label;
/** What redo would do again, or undefined. */
export const redoLabel = <T>(h: History<T>): string | undefined => h.future[0]?.label;

/** The history one edit back (unchanged when there is nothing to undo). */
export function undo<T>(h: History<T>): History<T> {
  const last = h.past.at(-1);
  if (!last) return h;
  const { key: _, ...rest } = last;
  return { past: h.past.slice(0, -1), present: last.value, future: [{ ...rest, value: h.present, size: sizeOf(h.present) }, ...h.future] };
}

/** The history one undone edit forward again (unchanged when there is nothing to redo). */
export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (!next) return h;
  return { past: [...h.past, { ...next, value: h.present, size: sizeOf(h.present) }], present: next.value, future: h.future.slice(1) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isEntry<T>(v: unknown, isT: (v: unknown) => v is T): v is Entry<T> {
  return (
    isObject(v) &&
    typeof v.label === 'string' &&
    typeof v.at === 'number' &&
    Number.isFinite(v.at) &&
    typeof v.size === 'number' &&
    Number.isFinite(v.size) &&
    v.size >= 0 &&
    (v.key === undefined || typeof v.key === 'string') &&
    isT(v.value)
  );
}

/**
 * A history read back from storage, checked: every state must pass `isT`, every step have its
 * label, time and size. Anything else (a record from an older build, a half-written one, a
 * hand-edited one) gives null, never a throw, so a bad record cannot stop the editor opening.
 * Sizes are recounted and the limits applied.
 *
 * @example
 * restoreHistory(JSON.parse(stored), isStoryPackage) ?? startHistory(pkg)
 */
export function restoreHistory<T>(json: unknown, isT: (v: unknown) => v is T, limits: HistoryLimits = DEFAULT_LIMITS): History<T> | null {
  try {
    if (!isObject(json) || !Array.isArray(json.past) || !Array.isArray(json.future) || !isT(json.present)) return null;
    const entries = [...json.past, ...json.future];
    if (!entries.every((e) => isEntry(e, isT))) return null;
    const recount = (e: Entry<T>): Entry<T> => ({ ...e, size: sizeOf(e.value) });
    return capped({ past: (json.past as Entry<T>[]).map(recount), present: json.present, future: (json.future as Entry<T>[]).map(recount) }, limits);
  } catch {
    return null;
  }
}
