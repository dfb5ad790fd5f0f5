import type { CheckedProperties, FeatureDetails, StoryFeature, StoryLayer } from './types';
import type { ServedText, StoryData } from './storyData';
import type { Article } from './article';

/**
 * Splits the checked story into what the first view needs (`data/story.json`: the layers, each
 * feature's basics) and what a reader reads (`data/text.json`: the article, and each feature's
 * summary, sources and names by id), so that the map is not kept waiting for the text.
 *
 * @example
 * const { story, text } = splitStory(checked);
 * story.layers[0].data.features[0].properties // { name, naturalEarthCountry, id }
 * text.details['japan'].summary // 'Quad member …'
 */
export function splitStory(checked: { layers: StoryLayer<CheckedProperties>[]; article: Article }): { story: StoryData; text: ServedText } {
  const details: Record<string, FeatureDetails> = {};
  const layers = checked.layers.map((layer): StoryLayer => ({
    ...layer,
    data: {
      ...layer.data,
      features: layer.data.features.map((f: StoryFeature<CheckedProperties>): StoryFeature => {
        const { summary, source, altNames, names, claimants, ...basics } = f.properties;
        // No key with an undefined value: the file says only what a feature has.
        details[f.id] = JSON.parse(JSON.stringify({ summary, source, altNames, names, claimants })) as FeatureDetails;
        return { ...f, properties: basics };
      }),
    },
  }));
  return { story: { layers }, text: { article: checked.article, details } };
}
