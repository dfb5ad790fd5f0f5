import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const maplibre = (path: string) => readFileSync(fileURLToPath(new URL(`../../../node_modules/maplibre-gl/src/${path}`, import.meta.url)), 'utf8');

// panOnlyOnMove (src/map/panOnlyOnMove.ts) turns off a flag of MapLibre's own mouse pan handler.
// These pin the MapLibre code it relies on: when an upgrade changes it, revisit that file.
describe('the MapLibre code panOnlyOnMove relies on', () => {
  it('makes the mouse pan handler active on the press', () => {
    const mouse = maplibre('ui/handler/mouse.ts');
    const pan = mouse.slice(mouse.indexOf('generateMousePanHandler'));
    expect(pan.slice(0, pan.indexOf('assignEvents'))).toMatch(/activateOnStart: true/);
  });

  it('reads the flag from the drag handler, which activates on a move as well', () => {
    const drag = maplibre('ui/handler/drag_handler.ts');
    expect(drag).toMatch(/this\._activateOnStart = !!options\.activateOnStart/);
    expect(drag).toMatch(/if \(this\._activateOnStart && this\._lastPoint\) this\._active = true;/);
    expect(drag).toMatch(/this\._active = true;\s*return move;/);
  });

  it('keeps the mouse pan handler as the drag pan shim\'s _mousePan', () => {
    expect(maplibre('ui/handler/shim/drag_pan.ts')).toMatch(/this\._mousePan = mousePan;/);
  });

  it('stops a camera animation when a handler goes active, which a press no longer does', () => {
    expect(maplibre('ui/handler_manager.ts')).toMatch(/if \(Object\.keys\(activeHandlers\)\.length \|\| hasChange\(mergedHandlerResult\)\) \{\s*this\._camera\.stop\(true\);/);
  });
});
