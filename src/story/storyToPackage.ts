import { articleMarkdown } from './articleMarkdown';
import type { Deck } from './deck';
import type { StoryData, StoryText } from './storyData';
import { PACKAGE_FORMAT, PACKAGE_VERSION, type PackageLayer, type PackageMarking, type StoryPackage } from './storyPackage';
import type { StoryFeature, StoryProperties } from './types';

/**
 * A loaded story (the built-in one, or any other) as a story package: for "Duplicate to edit" and
 * for export. The article's Markdown is rebuilt from the parsed article (articleMarkdown: its
 * passages and links come back verbatim); each feature gets its basics and details together, and
 * its geometry written out, a country's included (it keeps `naturalEarthCountry`). Throws if a
 * feature has no geometry: fill countries in first (withCountryGeometry).
 *
 * @example
 * const pkg = storyToPackage(app.story, app.text, briefing.deck, briefing.marking);
 */
export function storyToPackage(story: StoryData, text: StoryText, deck: Deck, marking?: PackageMarking): StoryPackage {
  const { article } = text;
  const layers = story.layers.map(({ data, labels: _labels, file: _file, ...entry }): PackageLayer => ({
    ...entry,
    features: (data.features as StoryFeature[]).map((f): StoryFeature<StoryProperties> => {
      if (!f.geometry) throw new Error(`feature "${f.id}" has no geometry: its country outline comes with the basemap (withCountryGeometry)`);
      const { id: _id, ...basics } = f.properties;
      const details = text.details.get(f.id) ?? { summary: '', source: [] };
      // JSON round trip: no key with an undefined value, and nothing shared with the live story.
      const properties = JSON.parse(JSON.stringify({ ...basics, ...details })) as StoryProperties;
      return { type: 'Feature', id: f.id, properties, geometry: JSON.parse(JSON.stringify(f.geometry)) };
    }),
  }));
  return {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    title: article.title,
    source: { title: article.title, publication: article.publication, date: article.modified },
    article: articleMarkdown(article),
    layers,
    deck: JSON.parse(JSON.stringify(deck)) as Deck,
    ...(marking ? { marking: { ...marking } } : {}),
  };
}
