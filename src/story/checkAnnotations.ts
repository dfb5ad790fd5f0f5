import { cleanText } from '../security/displayText.ts';
import type { Annotation, AnnotationKind } from './annotation';

export const MAX_ANNOTATIONS = 100;
export const MAX_ANNOTATION_POINTS = 500;
export const MAX_ANNOTATION_TEXT = 120;
const KINDS: readonly AnnotationKind[] = ['arrow', 'line', 'circle', 'area', 'text'];
const HEX = /^#[0-9a-f]{6}$/i;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (v: unknown): v is [number, number] =>
  Array.isArray(v) &&
  v.length === 2 &&
  v.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
  // Up to 540°: a mark across the antimeridian continues east of 180°, as MapLibre draws it.
  v[0] >= -540 &&
  v[0] <= 540 &&
  v[1] >= -85 &&
  v[1] <= 85;

/**
 * Checks a slide's annotations and returns clean copies (known fields only). `fail` throws with
 * the rule broken, naming the annotation by number.
 *
 * @example
 * checkAnnotations([{ kind: 'text', coordinates: [[124, 25]], color: '#e4002b', width: 4, text: 'Senkakus' }], fail)
 */
export function checkAnnotations(value: unknown, fail: (m: string) => never): Annotation[] {
  if (!Array.isArray(value)) fail('"annotations" must be a list');
  const list = value as unknown[];
  if (list.length > MAX_ANNOTATIONS) fail(`a slide may have at most ${MAX_ANNOTATIONS} annotations`);
  return list.map((item, i): Annotation => {
    const bad = (m: string): never => fail(`annotation ${i + 1}: ${m}`);
    if (!isObject(item)) bad('must be an object');
    const a = item as Record<string, unknown>;
    if (!KINDS.includes(a.kind as AnnotationKind)) bad(`"kind" must be one of ${KINDS.join(', ')}`);
    const kind = a.kind as AnnotationKind;
    const coordinates = a.coordinates;
    if (!Array.isArray(coordinates) || coordinates.length > MAX_ANNOTATION_POINTS || !coordinates.every(isPosition)) {
      bad(`"coordinates" must be a list of at most ${MAX_ANNOTATION_POINTS} [lon, lat] positions (lat within ±85)`);
    }
    const points = (coordinates as [number, number][]).map(([lon, lat]): [number, number] => [lon, lat]);
    if (kind === 'text' && points.length !== 1) bad('a text label has exactly one position');
    if ((kind === 'arrow' || kind === 'line') && points.length < 2) bad(`a${kind === 'arrow' ? 'n' : ''} ${kind} needs at least two positions`);
    if (kind === 'circle' || kind === 'area') {
      const [first, last] = [points[0], points[points.length - 1]];
      if (points.length < 4 || first[0] !== last[0] || first[1] !== last[1]) bad(`a${kind === 'area' ? 'n' : ''} ${kind} must be a closed ring of at least four positions`);
    }
    if (typeof a.color !== 'string' || !HEX.test(a.color)) bad('"color" must be a hex colour such as #e4002b');
    if (typeof a.width !== 'number' || !Number.isFinite(a.width) || a.width < 1 || a.width > 12) bad('"width" must be a number of pixels from 1 to 12');
    let text: string | undefined;
    if (kind === 'text') {
      if (typeof a.text !== 'string') bad('a text label needs "text"');
      if ((a.text as string).length > MAX_ANNOTATION_TEXT) bad(`"text" is longer than ${MAX_ANNOTATION_TEXT} characters`);
      text = cleanText(a.text as string).trim();
      if (!text) bad('"text" must not be empty');
    }
    return { kind, coordinates: points, color: (a.color as string).toLowerCase(), width: a.width as number, ...(text ? { text } : {}) };
  });
}
