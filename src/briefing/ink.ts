/** A point over the map, as fractions of its width and height (0 to 1), so both windows agree. */
export type InkPoint = [number, number];

/** The presenter's laser pointer and pen, shared by the audience and presenter windows. */
export interface Ink {
  /** The laser pointer is on (L). */
  pointer: boolean;
  /** Where the pointer is, or null while the mouse is off the map. */
  at: InkPoint | null;
  /** The pen is on (D). */
  pen: boolean;
  /** Freehand marks drawn on this slide; cleared on the next slide or with E. */
  strokes: InkPoint[][];
}

export const NO_INK: Ink = { pointer: false, at: null, pen: false, strokes: [] };

/** Limits on what a window accepts from the other: a mark is temporary, not a drawing. */
export const MAX_STROKES = 100;
export const MAX_STROKE_POINTS = 2000;

const isFraction = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;

/** A point from the other window, or null when it is not one. */
export function parsePoint(value: unknown): InkPoint | null {
  return Array.isArray(value) && value.length === 2 && isFraction(value[0]) && isFraction(value[1]) ? [value[0], value[1]] : null;
}

/**
 * The ink part of a message from the other window, strictly checked (every field present, of its
 * type, in range, nothing else), or null when the message is not a well-formed ink message.
 *
 * @example
 * parseInk({ pointer: true, at: [0.5, 0.5], pen: false, strokes: [] }) // that Ink
 * parseInk({ pointer: true, at: [2, 0], pen: false, strokes: [] }) // null
 */
export function parseInk(value: unknown): Ink | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (Object.keys(v).some((k) => !['pointer', 'at', 'pen', 'strokes'].includes(k))) return null;
  if (typeof v.pointer !== 'boolean' || typeof v.pen !== 'boolean') return null;
  const at = v.at === null ? null : parsePoint(v.at);
  if (v.at !== null && !at) return null;
  if (!Array.isArray(v.strokes) || v.strokes.length > MAX_STROKES) return null;
  const strokes: InkPoint[][] = [];
  for (const stroke of v.strokes) {
    if (!Array.isArray(stroke) || stroke.length > MAX_STROKE_POINTS) return null;
    const points = stroke.map(parsePoint);
    if (points.some((p) => !p)) return null;
    strokes.push(points as InkPoint[]);
  }
  return { pointer: v.pointer, at, pen: v.pen, strokes };
}
