import type { Article } from './article';
import type { StoryLayer } from './types';

/** What `data/story.json` holds: the validated layers (geometry filled in) and the parsed article. */
export interface StoryData {
  layers: StoryLayer[];
  article: Article;
}
