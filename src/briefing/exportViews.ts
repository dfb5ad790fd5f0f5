import { tick } from 'svelte';
import type { AppState } from '../state/appState.svelte';
import type { Briefing } from './briefing.svelte';
import type { Slide } from '../story/deck';
import type { Marking } from './marking';
import { composeImage, MIN_WIDTH } from './composeImage';
import { download, fileName } from '../state/download';
import { BASEMAP_ATTRIBUTION } from '../map/loadBasemap';
import { WORLD_PX } from '../map/mercator';

/** A saved image draws the same basemap as the screen, so it credits the same datasets. */
const ATTRIBUTION = `Basemap: ${BASEMAP_ATTRIBUTION}. Story sources: see the briefing map.`;

function legendFor(app: AppState, layers: readonly string[]) {
  return (app.story?.layers ?? []).filter((l) => layers.includes(l.id)).map((l) => ({ title: l.title, color: l.color }));
}

/** Downloads a PNG of the current view composed as a slide (at least 1600 px wide). */
export async function saveImage(app: AppState, briefing: Briefing): Promise<void> {
  const map = app.mapActions;
  if (!map) throw new Error('the map is not ready');
  const cssWidth = map.cssWidth();
  const pixelRatio = Math.max(1, Math.min(4, MIN_WIDTH / cssWidth));
  const snapshot = await map.snapshot({ pixelRatio });
  const slide = app.slideIndex === null ? null : app.deck?.slides[app.slideIndex];
  const title = slide?.title ?? app.selected?.feature.properties.name ?? app.deck?.title ?? 'Indo-Pacific briefing map';
  await document.fonts.load('600 20px "Noto Sans"');
  const image = composeImage({
    map: snapshot,
    mapCssWidth: cssWidth,
    metersPerPixel: map.metersPerPixel(),
    title,
    legend: legendFor(app, app.visible),
    attribution: ATTRIBUTION,
    marking: briefing.marking,
  });
  const blob = await new Promise<Blob | null>((resolve) => image.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the image');
  download(blob, fileName(title, 'png'));
  briefing.notice = `Saved an image of ${image.width} × ${image.height} pixels.`;
}

/** Ground metres per CSS pixel at a camera's centre. */
const metersPerPixelAt = (lat: number, zoom: number) => (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (WORLD_PX * 2 ** zoom);

/**
 * A picture of `slide` as the audience sees it, composed like "Save image" (marking banners, title,
 * map, legend, scale), as a JPEG data URL: the presenter window's current and next slides.
 */
export async function slidePicture(app: AppState, marking: Marking, slide: Slide): Promise<string> {
  const map = app.mapActions;
  if (!map) throw new Error('the map is not ready');
  const snapshot = await map.snapshot({ pixelRatio: 1, slide });
  await document.fonts.load('600 20px "Noto Sans"');
  const image = composeImage({
    map: snapshot,
    mapCssWidth: map.cssWidth(),
    metersPerPixel: metersPerPixelAt(slide.camera.center[1], slide.camera.zoom),
    title: slide.title,
    legend: legendFor(app, slide.layers),
    attribution: ATTRIBUTION,
    marking,
  });
  return image.toDataURL('image/jpeg', 0.85);
}

/** One printed page per slide: title, map image, passages and notes; then the print dialog. */
export async function printHandout(app: AppState, briefing: Briefing): Promise<void> {
  const map = app.mapActions;
  const slides = app.deck?.slides ?? [];
  if (!map) throw new Error('the map is not ready');
  const pages = [];
  for (const [i, slide] of slides.entries()) {
    briefing.notice = `Preparing the handout: slide ${i + 1} of ${slides.length}…`;
    const canvas = await map.snapshot({ pixelRatio: 1, slide });
    pages.push({ slide, image: canvas.toDataURL('image/jpeg', 0.85), legend: legendFor(app, slide.layers) });
  }
  briefing.handout = pages;
  briefing.notice = `The handout is ready: ${pages.length} pages.`;
  await tick();
  window.print();
}
