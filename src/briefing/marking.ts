import { cleanText } from '../security/displayText';

/** The classification marking shown at the top and bottom of every slide, image and handout page. */
export interface Marking {
  text: string;
  /** Banner colour (CSS hex). */
  background: string;
  /** Text colour (CSS hex). */
  color: string;
}

/** Conventional banner colours for the common markings. */
export const MARKINGS: Marking[] = [
  { text: 'UNCLASSIFIED', background: '#007a33', color: '#ffffff' },
  { text: 'CUI', background: '#502b85', color: '#ffffff' },
  { text: 'CONFIDENTIAL', background: '#0033a0', color: '#ffffff' },
  { text: 'SECRET', background: '#c8102e', color: '#ffffff' },
  { text: 'TOP SECRET', background: '#ff8c00', color: '#000000' },
];

export const DEFAULT_MARKING: Marking = MARKINGS[0];

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * A marking from stored or typed input, or null when it is not one: text of 1–80 printable
 * characters (control and bidi-override characters removed), hex colours.
 *
 * @example
 * parseMarking({ text: 'SECRET', background: '#c8102e', color: '#ffffff' }) // the same marking
 */
export function parseMarking(value: unknown): Marking | null {
  if (typeof value !== 'object' || value === null) return null;
  const { text, background, color } = value as Record<string, unknown>;
  if (typeof text !== 'string' || typeof background !== 'string' || typeof color !== 'string') return null;
  const clean = cleanText(text).trim();
  if (!clean || clean.length > 80 || !HEX.test(background) || !HEX.test(color)) return null;
  return { text: clean, background, color };
}
