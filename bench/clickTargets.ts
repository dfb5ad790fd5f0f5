import type { StoryData } from '../src/story/storyData';
import type { StoryCollection, StoryFeature } from '../src/story/types';
import { labelPoints } from '../src/story/labelPoints';

export interface ClickTarget {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

/**
 * Where to click each story feature: where its name is drawn (a point itself, inside an area's
 * largest polygon, the middle of a line); a Natural Earth country, which the map does not label
 * as a story feature, at the same kind of point inside its largest polygon.
 */
export function clickTargets(story: StoryData): ClickTarget[] {
  const all = story.layers.flatMap((layer) => {
    const unlabelled: StoryCollection = {
      ...layer.data,
      features: layer.data.features.map((f): StoryFeature => ({ ...f, id: f.properties.id, properties: { ...f.properties, naturalEarthCountry: undefined } })),
    };
    return labelPoints(unlabelled).features.map((f) => ({
      id: f.properties.id,
      name: f.properties.name,
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
    }));
  });
  // Places drawn at one spot (the agreements signed in Tokyo) answer a click with whichever is on
  // top: a click there measures no one feature, so none of them is a target.
  const near = (a: ClickTarget, b: ClickTarget) => Math.abs(a.lon - b.lon) < SAME_SPOT && Math.abs(a.lat - b.lat) < SAME_SPOT;
  return all.filter((t) => !all.some((o) => o !== t && near(o, t)));
}

/** Degrees apart within which two targets are one spot at the bench's click zoom (7: ~0.03° a dot). */
const SAME_SPOT = 0.05;
