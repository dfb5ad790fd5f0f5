/** What a slide annotation draws. */
export type AnnotationKind = 'arrow' | 'line' | 'circle' | 'area' | 'text';

/**
 * A mark drawn on a slide's map, in geographic coordinates (it stays put as the camera moves).
 * Arrows and lines are paths (the arrow's head at the last point); circles and areas are closed
 * rings; a text label is one point.
 */
export interface Annotation {
  kind: AnnotationKind;
  /** [lon, lat] positions. */
  coordinates: [number, number][];
  /** Hex colour (#rrggbb). */
  color: string;
  /** Line width (or text size step) in CSS pixels. */
  width: number;
  /** The label of a text annotation. */
  text?: string;
}

/** The colours and widths the editor offers (a deck may use any hex colour). */
export const ANNOTATION_COLORS = [
  { name: 'Red', hex: '#e4002b' },
  { name: 'Blue', hex: '#0057b8' },
  { name: 'Black', hex: '#000000' },
  { name: 'Amber', hex: '#ffb000' },
] as const;
export const ANNOTATION_WIDTHS = [
  { name: 'Thin', px: 2 },
  { name: 'Medium', px: 4 },
  { name: 'Thick', px: 8 },
] as const;
