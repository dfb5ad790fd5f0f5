import type { Article } from './article';
import type { CheckedProperties, FeatureDetails, StoryLayer } from './types';
import type { Deck } from './deck';

/**
 * What `data/story.json` holds, all the first view needs: the validated layers, each feature with
 * its basics only (geometry filled in).
 */
export interface StoryData {
  layers: StoryLayer[];
}

/**
 * What `data/text.json` holds, loaded after the first view: the parsed article and each feature's
 * summary, sources and names, by feature id.
 */
export interface ServedText {
  article: Article;
  details: Record<string, FeatureDetails>;
}

/** Each feature's summary, sources and names, by feature id. */
export type StoryDetails = ReadonlyMap<string, FeatureDetails>;

/** The story's text as the app keeps it, cleaned for display. */
export interface StoryText {
  article: Article;
  details: StoryDetails;
}

/**
 * The whole story as the build checks it: every feature with all its properties, the article and
 * the default deck (which the build writes to `data/deck.json`, loaded with the briefing).
 */
export interface CheckedStory {
  layers: StoryLayer<CheckedProperties>[];
  article: Article;
  deck: Deck;
}
