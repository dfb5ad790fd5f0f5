import postcss, { type Root } from 'postcss';
import type { Plugin } from 'vite';

/**
 * MapLibre's stylesheet carries rules for every control and overlay it has; most of its 71 KB
 * are the rules of those this app never shows (the MapLibre logo alone, as SVG in three colour
 * schemes, is more than half). These are the class names of what the app does not use: the logo,
 * geolocation, globe, terrain, full-screen and compass controls, popups, markers and cooperative
 * gestures. Selectors that name one of them go; a rule goes with its last selector.
 */
export const UNUSED_MAPLIBRE_CLASSES = [
  'maplibregl-ctrl-logo',
  'maplibregl-ctrl-geolocate',
  'maplibregl-user-location',
  'maplibregl-ctrl-globe',
  'maplibregl-ctrl-terrain',
  'maplibregl-ctrl-fullscreen',
  'maplibregl-ctrl-shrink',
  'maplibregl-pseudo-fullscreen',
  'maplibregl-ctrl-compass',
  'maplibregl-popup',
  'maplibregl-marker',
  'maplibregl-cooperative-gestures',
  'maplibregl-cooperative-gesture-screen',
  'maplibregl-desktop-message',
  'maplibregl-mobile-message',
] as const;

/** A class selector naming one of `unused`, alone or as the start of a longer, hyphenated name. */
const names = (unused: readonly string[]) => new RegExp(`\\.(?:${unused.join('|')})(?!\\w)`);

/**
 * `css` without the selectors that name one of `unused` (a class, or a class that starts with it
 * and a hyphen), then without the rules, at-rules and keyframes that leaves empty or unused.
 *
 * @example
 * trimMaplibreCss('.maplibregl-map{overflow:hidden}.maplibregl-popup,.maplibregl-ctrl{display:flex}')
 * // '.maplibregl-map{overflow:hidden}.maplibregl-ctrl{display:flex}'
 */
export function trimMaplibreCss(css: string, unused: readonly string[] = UNUSED_MAPLIBRE_CLASSES): string {
  const root: Root = postcss.parse(css);
  const pattern = names(unused);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
    const kept = rule.selectors.filter((s) => !pattern.test(s));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) at.remove();
  });
  const text = root.toString();
  root.walkAtRules(/keyframes$/, (at) => {
    const uses = text.split(at.params).length - 1;
    if (uses <= 1) at.remove();
  });
  return root.toString();
}

/** Serves the app MapLibre's stylesheet trimmed by trimMaplibreCss (the bench's bare page keeps it whole). */
export function maplibreCssPlugin(): Plugin {
  return {
    name: 'briefing-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/maplibre-gl[\\/]dist[\\/]maplibre-gl\.css(\?.*)?$/.test(id)) return null;
      return { code: trimMaplibreCss(code), map: null };
    },
  };
}
