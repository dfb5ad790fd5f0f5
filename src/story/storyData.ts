import type { Article } from './article';
import type { StoryLayer } from './types';
import type { Deck } from '../briefing/deck';

/** What `data/story.json` holds: the validated layers (geometry filled in), the parsed article and the default deck. */
export interface StoryData {
  layers: StoryLayer[];
  article: Article;
  deck: Deck;
}
