import type { Article } from './article';
import type { StoryLayer } from './types';
import type { Deck } from './deck';

/** What `data/story.json` holds: the validated layers (geometry filled in) and the parsed article. */
export interface StoryData {
  layers: StoryLayer[];
  article: Article;
}

/**
 * The whole story as the build checks it: the story and the default deck (which the build writes
 * to `data/deck.json`, loaded with the briefing after the first view).
 */
export interface CheckedStory extends StoryData {
  deck: Deck;
}
