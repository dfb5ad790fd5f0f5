import type { CheckedStory, StoryText } from '../../src/story/storyData';
import { splitStory } from '../../src/story/splitStory';

/**
 * The story's text as the app holds it once `data/text.json` has come: what a unit test gives
 * `app.text` before it starts the app or makes a briefing.
 */
export function textOf(checked: CheckedStory): StoryText {
  const { text } = splitStory(checked);
  return { article: text.article, details: new Map(Object.entries(text.details)) };
}
