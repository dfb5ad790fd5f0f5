import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Slide } from '../story/deck';
import { setStoryVisibility } from './setStoryVisibility';

/** Resolves once the map has drawn everything it needs, then copies the frame it draws next. */
function copyNextFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('idle', () => {
      // The WebGL buffer is only readable while its frame is being drawn, so copy it from 'render'.
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
    map.triggerRepaint();
  });
}

/**
 * The map drawn at `pixelRatio` times its on-screen size (sharper images for slides and prints),
 * optionally showing `slide`'s camera and layers first. The map is put back as it was afterwards.
 */
export async function snapshotMap(
  map: MapLibreMap,
  options: { pixelRatio: number; slide?: Slide },
  /** Every story layer id, those visible now (restored afterwards), and the features the year range hides. */
  layers: { all: readonly string[]; visible: readonly string[]; hidden: readonly string[] },
): Promise<HTMLCanvasElement> {
  const before = {
    ratio: map.getPixelRatio(),
    center: map.getCenter(),
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
    padding: map.getPadding(),
    projection: map.getProjection()?.type,
  };
  const { slide } = options;
  if (slide) {
    setStoryVisibility(map, layers.all, slide.layers, layers.hidden);
    map.setProjection({ type: slide.camera.globe ? 'globe' : 'mercator' });
    map.jumpTo({ ...slide.camera, padding: { top: 0, bottom: 0, left: 0, right: 0 } });
  }
  map.setPixelRatio(options.pixelRatio);
  try {
    return await copyNextFrame(map);
  } finally {
    map.setPixelRatio(before.ratio);
    if (slide) {
      setStoryVisibility(map, layers.all, layers.visible, layers.hidden);
      map.setProjection({ type: before.projection === 'globe' ? 'globe' : 'mercator' });
      map.jumpTo(before);
    }
  }
}
