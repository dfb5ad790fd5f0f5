import { bbox } from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import { fitText, type Deck, type SlideCamera } from './deck';
import type { StoryPackage } from './storyPackage';

/** The screen a slide's camera is fitted for (CSS px), and the margin kept around the features. */
const VIEW = { width: 1024, height: 640, padding: 64 };
/** Closest a fitted camera comes (a single point would otherwise fill the screen). */
const MAX_FIT_ZOOM = 10;
/** A story with no features yet: the Indo-Pacific. */
const NO_FEATURES: SlideCamera = { center: [120, 10], zoom: 2, bearing: 0, pitch: 0 };

const TILE = 512;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
/** Web Mercator y of a latitude, in radians of the world's height (2π). */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (clamp(lat, -85, 85) * Math.PI) / 360));
const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * The camera that shows the whole of [west, south, east, north] on a VIEW-sized screen in Web
 * Mercator, as MapLibre's fitBounds would (512 px tiles), zoomed in at most to MAX_FIT_ZOOM.
 */
function fitCamera([west, south, east, north]: number[]): SlideCamera {
  const [ys, yn] = [mercatorY(south), mercatorY(north)];
  const lat = (Math.atan(Math.sinh((ys + yn) / 2)) * 180) / Math.PI;
  const zoomX = Math.log2((VIEW.width - 2 * VIEW.padding) / TILE / ((east - west) / 360));
  const zoomY = Math.log2((VIEW.height - 2 * VIEW.padding) / TILE / ((yn - ys) / (2 * Math.PI)));
  const zoom = clamp(Math.min(zoomX, zoomY, MAX_FIT_ZOOM), 0, 22);
  return { center: [round((west + east) / 2, 5), round(clamp(lat, -85, 85), 5)], zoom: round(zoom, 2), bearing: 0, pitch: 0 };
}

/**
 * The deck a new story starts with, and the one a story falls back to when its own deck is broken:
 * one slide, titled as the story, with every layer on and the camera fitted to all its features.
 *
 * @example
 * defaultDeck(pkg).slides[0] // { title: 'Exercise Southern Tide', camera: { center: [106.99, 2.6], zoom: 1.88, … }, layers: ['ports', 'areas', 'routes'], … }
 */
export function defaultDeck(pkg: Pick<StoryPackage, 'title' | 'layers'>): Deck {
  const title = fitText(pkg.title).trim() || 'Untitled story';
  const features = pkg.layers.flatMap((l) => l.features);
  const camera = features.length ? fitCamera(bbox({ type: 'FeatureCollection', features } as FeatureCollection)) : NO_FEATURES;
  return { title, slides: [{ title, camera, layers: pkg.layers.map((l) => l.id), highlight: [], passages: [], notes: '' }] };
}
