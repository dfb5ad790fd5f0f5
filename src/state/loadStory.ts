import type { StoryData } from '../story/storyData';
import { sanitizeStory } from '../story/sanitizeStory';
import { withCountryGeometry } from '../story/countryGeometry';
import { fetchDataFile, type Countries } from '../map/loadBasemap';

/** Whether `json` has the shape of `data/story.json` (the build checked the rest; this catches a wrong file). */
function isStory(json: unknown): json is StoryData {
  const story = json as Partial<StoryData> | null;
  return (
    typeof story === 'object' &&
    story !== null &&
    Array.isArray(story.layers) &&
    story.layers.every((l) => typeof l === 'object' && l !== null && Array.isArray(l.data?.features))
  );
}

/**
 * The story both windows start from: `data/story.json` fetched, its shape checked, every string
 * cleaned for display (sanitizeStory), and, given the basemap's countries, the Quad members'
 * outlines filled in from them (story.json leaves them out: the basemap carries the same
 * geometry, see withoutCountryGeometry). Without countries (no basemap: no WebGL, a failed load,
 * or the presenter window, which draws no map) those features keep no outline; the panel still works.
 *
 * @example
 * const story = await loadStory(basemap.then((b) => b.countries).catch(() => null));
 */
export async function loadStory(countries: Promise<Countries | null> = Promise.resolve(null)): Promise<StoryData> {
  const [served, outlines] = await Promise.all([fetchDataFile<unknown>('data/story.json'), countries]);
  if (!isStory(served)) throw new Error('data/story.json is not a story (no layers)');
  const story = sanitizeStory(served);
  return outlines ? withCountryGeometry(story, outlines) : story;
}
