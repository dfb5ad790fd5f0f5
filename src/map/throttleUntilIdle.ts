import type { Map as MapLibreMap } from 'maplibre-gl';

/** The part of a MapLibre map this uses (a fake in the unit test). */
export type Throttled = Pick<MapLibreMap, 'triggerRepaint' | 'isStyleLoaded' | 'areTilesLoaded' | 'once'>;

/**
 * How often a loading map is drawn. MapLibre asks for tiles while it draws (its sources are
 * updated in the frame), so a long gap delays the requests for data set since the last frame: at
 * 1.5 s both pages' first views came later than with no throttle; 400–800 ms did best (see
 * docs/performance-log.md).
 */
export const LOADING_FRAME_GAP = 400;

/**
 * Until the map is first idle (or first moves), draws it at most once every `gap` ms while its
 * tiles are still arriving, and at once when the last one has arrived.
 *
 * MapLibre redraws the map in the next frame after every tile that arrives: a first view of a
 * few dozen tiles is a few dozen whole-map draws of a half-loaded map. Where WebGL runs in
 * software (locked-down machines without a GPU, and this project's CI) each of those draws
 * costs tens of milliseconds of the same two cores that parse the tiles, so the first complete
 * view comes later for every partial one drawn before it. A reader loses nothing by seeing the
 * loading map a few times a second instead of at every tile; the complete map is drawn in the
 * frame after its last tile. A move (a reader's drag, a fly-to) ends the throttle, so that motion
 * is never slowed, and so does the first `idle`: after that MapLibre draws as it always does.
 *
 * Works through `triggerRepaint`, the one door MapLibre's own redraw requests go through
 * (`_update`, its render loop, camera animations): the instance's method is shadowed, then the
 * shadow removed. `tests/unit/map/throttleUntilIdle.test.ts` pins that MapLibre still routes them so.
 */
export function throttleUntilIdle(map: Throttled, gap = LOADING_FRAME_GAP, now: () => number = () => performance.now()): void {
  const own = map.triggerRepaint.bind(map);
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const draw = () => {
    clearTimeout(timer);
    timer = undefined;
    last = now();
    own();
  };
  map.triggerRepaint = () => {
    if (now() - last >= gap || (map.isStyleLoaded() && map.areTilesLoaded())) draw();
    else timer ??= setTimeout(draw, last + gap - now());
  };
  // Whichever comes second finds nothing left to undo: the shadow is gone and no draw waits.
  const end = () => {
    Reflect.deleteProperty(map, 'triggerRepaint');
    if (timer !== undefined) draw();
  };
  map.once('idle', end);
  map.once('movestart', end);
}
