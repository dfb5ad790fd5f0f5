import type { Map as MapLibreMap } from 'maplibre-gl';

/** The part of MapLibre's (internal) mouse pan handler this reaches into. */
interface MousePan {
  _activateOnStart?: boolean;
}

/**
 * Makes the map's mouse pan start when the pointer moves with the button down (beyond MapLibre's
 * click tolerance), not on the press itself, as its touch pan already does; a press still stops a
 * camera animation under way, as it did.
 *
 * MapLibre 6 marks its mouse pan active on every press (`activateOnStart` in its
 * `ui/handler/mouse.ts`), and a handler going inactive makes it redraw the whole map in the next
 * frame: every click on the map cost a full redraw at the release, in the very frame that paints
 * the panel's answer (most of the click's budget: see docs/performance-log.md). There is no
 * option for it, so this sets the handler's flag; `tests/unit/map/panOnlyOnMove.test.ts` pins the
 * MapLibre code it relies on, so an upgrade that changes it fails there, not silently here.
 *
 * Returns false, changing nothing, where the handler has no such flag.
 *
 * @example
 * panOnlyOnMove(map) // true
 */
export function panOnlyOnMove(map: MapLibreMap): boolean {
  const pan = (map.dragPan as unknown as { _mousePan?: MousePan })._mousePan;
  if (!pan || typeof pan._activateOnStart !== 'boolean') return false;
  pan._activateOnStart = false;
  map.on('mousedown', () => {
    if (map.isMoving()) map.stop();
  });
  return true;
}
